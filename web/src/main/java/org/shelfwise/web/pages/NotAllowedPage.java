package org.shelfwise.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where the staff pages' security forwards a request beyond the signed-in member's roles: a 403 in words. */
@Controller
class NotAllowedPage {

    @RequestMapping("/staff/not-allowed")
    String notAllowed(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        return "error";
    }
}
