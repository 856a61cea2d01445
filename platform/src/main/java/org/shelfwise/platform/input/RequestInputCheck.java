package org.shelfwise.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.ProblemHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Refuses, before any other filter reads them, the parts of a request that the servlet stack cannot read safely: a
 * query string that is not valid UTF-8 or holds control characters ({@link QueryString}), and a {@code Content-Type}
 * that is a wildcard ({@code *}{@code /*}, {@code text/*}), which Spring cannot represent and answered with a 500,
 * and an {@code Accept} header that is not a list of media types.
 */
public class RequestInputCheck extends OncePerRequestFilter {

    private final JsonMapper json;

    public RequestInputCheck(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var query = QueryString.problem(request.getQueryString());
        if (query.isPresent()) {
            write(response, invalid(query.get()));
        } else if (isWildcard(request.getContentType())) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                    + request.getContentType() + " is a wildcard: name the body's own media type, such as "
                    + MediaType.APPLICATION_JSON_VALUE + ".");
            problem.setType(ProblemHandler.type("unsupported-media-type"));
            problem.setTitle("Unsupported Media Type");
            response.setHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
            write(response, problem);
        } else if (!readable(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)))) {
            // Spring answers an Accept it cannot parse with a 406 it then cannot write: an empty body
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, "The Accept header is not a "
                    + "list of media types; this API answers " + MediaType.APPLICATION_JSON_VALUE + ".");
            problem.setType(ProblemHandler.type("not-acceptable"));
            problem.setTitle("Not Acceptable");
            write(response, problem);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean readable(List<String> accept) {
        try {
            MediaType.parseMediaTypes(accept);
            return true;
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static boolean isWildcard(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).contains("*");
    }

    private static ProblemDetail invalid(FieldProblem error) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "One field is invalid.");
        problem.setType(ProblemHandler.type("validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(error));
        return problem;
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
