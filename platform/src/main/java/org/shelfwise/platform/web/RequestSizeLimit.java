package org.shelfwise.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.ProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Map;

/**
 * Refuses a request body over the limit with 413 {@code content-too-large}: at once when its declared length is over,
 * and as soon as a body of undeclared length (chunked) has been read past it, so that no request can make a service
 * hold an unbounded body. A path may have a larger limit of its own (the catalogue's import), applied the same way.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private final DataSize limit;
    private final JsonMapper json;
    private final Map<String, DataSize> largerLimits;

    /** {@code limit} for every path but those in {@code largerLimits}, which have their own. */
    public RequestSizeLimit(DataSize limit, JsonMapper json, Map<String, DataSize> largerLimits) {
        this.limit = limit;
        this.json = json;
        this.largerLimits = Map.copyOf(largerLimits);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = largerLimits.getOrDefault(request.getRequestURI(), this.limit);
        if (request.getContentLengthLong() > limit.toBytes()) {
            var problem = new TooLarge(limit);
            var body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
            body.setType(ProblemHandler.type(problem.type()));
            body.setTitle(problem.title());
            response.setStatus(problem.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), body);
        } else if (request.getContentLengthLong() < 0) {
            chain.doFilter(new Counted(request, limit), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A body over the limit; thrown while reading one of undeclared length, and answered by the ProblemHandler. */
    public static class TooLarge extends DomainProblem {
        public TooLarge(DataSize limit) {
            super(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Content too large",
                    "The body is larger than " + limit.toKilobytes() + " KB.");
        }
    }

    /** A request whose body refuses to be read past the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final DataSize limit;
        private ServletInputStream body;

        Counted(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new CountingStream(super.getInputStream(), limit);
            }
            return body;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final DataSize limit;
        private long read;

        CountingStream(ServletInputStream in, DataSize limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit.toBytes()) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
