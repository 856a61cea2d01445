package org.shelfwise.web.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing the patron's password ({@code PUT /api/auth/password}). The change revokes every refresh token of the
 * account, this session's too, so the page signs the patron in again with the new password at once: the session
 * goes on, and anyone who knew the old password is out.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final Api api;
    private final PatronTokens tokens;
    private final PatronSignIn signIn;
    private final MessageSource messages;

    PasswordController(Api api, PatronTokens tokens, PatronSignIn signIn, MessageSource messages) {
        this.api = api;
        this.tokens = tokens;
        this.signIn = signIn;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "opac/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal Reader reader, @RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeated,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        if (!newPassword.equals(repeated)) {
            return refused(Map.of("repeated", text("password.error.repeated")), response, model);
        }
        try {
            api.put(tokens.accessToken(), Map.of("currentPassword", currentPassword, "newPassword", newPassword),
                    Void.class, "/api/auth/password");
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() >= 500) {
                throw refused;
            }
            return refused(fieldsOf(refused), response, model);
        }
        try {
            tokens.keep(request.getSession(), signIn.signIn(reader.username(), newPassword).tokens());
        } catch (PatronSignIn.Refused notAgain) {
            // changed, but the new sign-in failed (the gateway away a moment): the old tokens are revoked, so sign in
            return "redirect:" + PatronSecurity.SIGN_IN + "?ended";
        }
        flash.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    /**
     * A wrong current password is the API's 403 {@code wrong-password} (and, repeated, a lock-out): said beside the
     * current password; the rules of the new one name newPassword.
     */
    private Map<String, String> fieldsOf(ApiProblem refused) {
        if ("wrong-password".equals(refused.type())) {
            return Map.of("currentPassword", text("password.error.wrong"));
        }
        if (refused.status() == 423 || refused.status() == 429) {
            return Map.of("currentPassword", refused.inWords());
        }
        var byField = refused.byField();
        return byField.isEmpty() ? Map.of("newPassword", refused.inWords()) : byField;
    }

    private String refused(Map<String, String> errors, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors);
        return "opac/password";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
