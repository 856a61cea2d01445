package org.shelfwise.platform.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * Answers the container's error dispatch ({@code /error}) as {@code application/problem+json} in place of Spring
 * Boot's plain JSON: errors raised outside any controller, such as a path that Spring Security's firewall refuses.
 * The body is written as it is, whatever the request's {@code Accept}, so an error never turns into a 406.
 */
@RequestMapping("${server.error.path:/error}")
public class ProblemErrorController implements ErrorController {

    private final JsonMapper json;

    public ProblemErrorController(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        var problem = ErrorProblems.of(status);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path && !path.isEmpty()) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // a path the firewall refused may not be a valid URI; the problem is complete without it
            }
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
