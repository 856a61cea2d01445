package org.shelfwise.catalog.transfer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.platform.problems.ProblemHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Refuses a request whose declared body is over the limit with 413 before anything reads it: 1 MB for the JSON
 * API, the import limit for imports (whose streamed bodies {@link LimitedInputStream} also counts as they arrive).
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {

    private final DataSize json;
    private final DataSize imports;
    private final JsonMapper mapper;

    BodySizeLimit(@Value("${shelfwise.request.max-size:1MB}") DataSize json,
                  @Value("${shelfwise.import.max-size:256MB}") DataSize imports, JsonMapper mapper) {
        this.json = json;
        this.imports = imports;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var limit = request.getRequestURI().equals("/api/books/imports") ? imports : json;
        if (request.getContentLengthLong() > limit.toBytes()) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "The body is larger than " + limit.toKilobytes() + " KB.");
            problem.setType(ProblemHandler.type("content-too-large"));
            problem.setTitle("Content too large");
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            mapper.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
