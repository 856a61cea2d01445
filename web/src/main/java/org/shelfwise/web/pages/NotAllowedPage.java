package org.shelfwise.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the staff pages' security forwards a request it refuses to a signed-in member: a 403 in words, saying
 * whether the page is beyond their roles (a librarian at administration) or the form was too old to trust.
 */
@Controller
class NotAllowedPage {

    private final MessageSource messages;

    NotAllowedPage(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/staff/not-allowed")
    String notAllowed(HttpServletRequest request, HttpServletResponse response, Model model, java.util.Locale locale) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", 403);
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            model.addAttribute("detail", messages.getMessage("error.staleForm", null, locale));
        }
        return "error";
    }
}
