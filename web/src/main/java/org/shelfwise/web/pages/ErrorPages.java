package org.shelfwise.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.SessionEnded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What a page shows when something it did not expect goes wrong: words on an HTML page, never a stack trace or the
 * API's JSON. Refusals a page expects (a refused check-out, an invalid field) it shows itself, beside their field.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(SessionEnded.class)
    void ended(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String url = request.getContextPath() + "/staff/sign-in?ended";
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", url);
        } else {
            response.sendRedirect(url);
        }
    }

    @ExceptionHandler(ApiProblem.class)
    String apiProblem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model)
            throws java.io.IOException {
        if (problem.status() == 401) {
            ended(request, response);
            return null;
        }
        log.warn("The API answered a page {} {}: {}", problem.status(), problem.type(), problem.detail());
        response.setStatus(problem.status() == 404 ? 404 : problem.status() == 403 ? 403 : 502);
        model.addAttribute("status", response.getStatus());
        model.addAttribute("detail", problem.detail());
        return "error";
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", 404);
        return "error";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) {
        log.error("Page failed", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        model.addAttribute("status", 500);
        return "error";
    }
}
