package org.shelfwise.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Refuses with 406, before the handler runs, a request that would change something and whose {@code Accept} admits
 * no JSON, where the handler answers with a body and names no media types of its own.
 *
 * <p>Spring chooses an answer's media type only after the handler has returned, so such a request was carried out
 * and then answered 406: the client heard "not acceptable" about a change that was made. A handler declared with
 * {@code produces} (an XML protocol, an export) is checked by Spring before it runs and is left to that check.
 */
public class AcceptableAnswers implements HandlerInterceptor {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod method) || SAFE.contains(HttpMethod.valueOf(request.getMethod()))
                || request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null
                || answersNoBody(method)) {
            return true;
        }
        // RequestInputCheck has refused an Accept that does not parse
        var accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        if (accepted.isEmpty() || accepted.stream().anyMatch(AcceptableAnswers::admitsJson)) {
            return true;
        }
        throw new HttpMediaTypeNotAcceptableException(JSON);
    }

    private static boolean admitsJson(MediaType accepted) {
        return accepted.getQualityValue() > 0 && JSON.stream().anyMatch(accepted::includes);
    }

    /** A {@code void} handler, or one answering {@code ResponseEntity<Void>}: no body to negotiate. */
    private static boolean answersNoBody(HandlerMethod method) {
        var type = ResolvableType.forMethodReturnType(method.getMethod());
        if (ResponseEntity.class.isAssignableFrom(type.toClass())) {
            type = type.as(ResponseEntity.class).getGeneric(0);
        }
        return type.toClass() == void.class || type.toClass() == Void.class;
    }
}
