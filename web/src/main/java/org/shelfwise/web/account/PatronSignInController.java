package org.shelfwise.web.account;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patron's sign-in page and its form, and sign-out. The session's id changes at sign-in (no fixation); the
 * patron's context and tokens go under their own attributes, and sign-out removes those and nothing else, so a
 * staff member signed in in the same browser stays signed in, and the patron's refresh token is revoked.
 */
@Controller
class PatronSignInController {

    private final PatronSignIn signIn;
    private final PatronTokens tokens;
    private final HttpSessionSecurityContextRepository contexts;
    private final long idleMinutes;

    PatronSignInController(PatronSignIn signIn, PatronTokens tokens, HttpSessionSecurityContextRepository patronContexts,
                           @Value("${spring.session.timeout:30m}") Duration idle) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.contexts = patronContexts;
        this.idleMinutes = idle.toMinutes();
    }

    @GetMapping(PatronSecurity.SIGN_IN)
    String page(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        model.addAttribute("next", PatronSecurity.safeNext(next));
        model.addAttribute("ended", request.getParameter("ended") != null);
        model.addAttribute("stale", request.getParameter("stale") != null);
        model.addAttribute("signedOut", request.getParameter("signed-out") != null);
        model.addAttribute("idleMinutes", idleMinutes);
        return "opac/sign-in";
    }

    @PostMapping(PatronSecurity.SIGN_IN)
    String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  @RequestParam(required = false) String next, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        String target = PatronSecurity.safeNext(next);
        if (username.isBlank() || password.isEmpty()) {
            return refused("missing", username, target, response, model);
        }
        PatronSignIn.SignedIn signedIn;
        try {
            signedIn = signIn.signIn(username.strip(), password);
        } catch (PatronSignIn.Refused refused) {
            return refused(refused.getMessage(), username, target, response, model);
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        tokens.keep(session, signedIn.tokens());
        var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(signedIn.reader(), null,
                List.of(new SimpleGrantedAuthority("ROLE_PATRON"))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:" + target;
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        tokens.revoke(session);
        if (session != null) {
            session.removeAttribute(PatronSecurity.CONTEXT);
        }
        SecurityContextHolder.clearContext();
        return "redirect:" + PatronSecurity.SIGN_IN + "?signed-out";
    }

    private String refused(String reason, String username, String next, HttpServletResponse response, Model model) {
        response.setStatus(switch (reason) {
            case "missing" -> 400;
            case "credentials", "not-patron" -> 401;
            case "locked" -> 423;
            case "too-many" -> 429;
            default -> 503;
        });
        model.addAttribute("error", reason);
        model.addAttribute("username", username);
        model.addAttribute("next", next);
        model.addAttribute("idleMinutes", idleMinutes);
        return "opac/sign-in";
    }
}
