package org.shelfwise.web.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.web.api.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every public page shares: the signed-in patron for the header, and errors in words on the catalogue's own
 * error page (never the staff client's, never a stack trace). An ended session goes to the patron's sign-in.
 */
@ControllerAdvice(basePackages = {"org.shelfwise.web.opac", "org.shelfwise.web.account"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PatronPages {

    private static final Logger log = LoggerFactory.getLogger(PatronPages.class);

    @ModelAttribute("reader")
    Reader reader(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Reader reader ? reader : null;
    }

    @ExceptionHandler(PatronSessionEnded.class)
    void ended(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PatronTokens.ATTRIBUTE);
            session.removeAttribute(PatronSecurity.CONTEXT);
        }
        response.sendRedirect(request.getContextPath() + PatronSecurity.SIGN_IN + "?ended");
    }

    /** An id that is not the patron's, or not an id at all, or nothing by that id: one and the same "not found". */
    @ExceptionHandler({NotTheirs.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response, Model model) {
        return page(404, response, model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String incomplete(HttpServletResponse response, Model model) {
        return page(400, response, model);
    }

    @ExceptionHandler(ApiProblem.class)
    String apiProblem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model)
            throws IOException {
        if (problem.status() == 401) {
            ended(request, response);
            return null;
        }
        if (problem.status() == 404) {
            return page(404, response, model);
        }
        log.warn("The API answered a public page {} {}: {}", problem.status(), problem.type(), problem.detail());
        return page(problem.status() == 503 ? 503 : 502, response, model);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        log.error("Public page failed", e);
        return page(500, response, model);
    }

    private static String page(int status, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "opac/error";
    }
}
