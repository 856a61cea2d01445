package org.shelfwise.web.staff;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (Spring Security handles its form), and the staff client's home. */
@Controller
class SignInController {

    private final long idleMinutes;

    SignInController(@Value("${spring.session.timeout:30m}") Duration idle) {
        this.idleMinutes = idle.toMinutes();
    }

    @GetMapping(StaffSecurity.SIGN_IN)
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String ended,
                  @RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
        model.addAttribute("error", error);
        model.addAttribute("ended", ended != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("idleMinutes", idleMinutes);
        return "sign-in";
    }

    @GetMapping({"/staff", "/staff/"})
    String home() {
        return "redirect:/staff/checkout";
    }
}
