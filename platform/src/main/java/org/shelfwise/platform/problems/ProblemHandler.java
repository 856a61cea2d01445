package org.shelfwise.platform.problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Answers every error as an RFC 9457 problem detail with a stable {@code type}, naming each offending field
 * and the rule it broke, and never revealing internals.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** The URI of a problem type, e.g. {@code urn:shelfwise:problem:validation}. */
    public static URI type(String slug) {
        return URI.create("urn:shelfwise:problem:" + slug);
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domainProblem(DomainProblem problem) {
        var body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
        body.setType(type(problem.type()));
        body.setTitle(problem.title());
        if (!problem.errors().isEmpty()) {
            body.setProperty("errors", problem.errors());
        }
        var response = ResponseEntity.status(problem.status());
        problem.headers().forEach(response::header);
        return response.body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not complete the request. It has been logged.");
        body.setType(type("internal-error"));
        return ResponseEntity.internalServerError().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getAllErrors().stream()
                .map(e -> new FieldProblem(e instanceof FieldError f ? f.getField() : e.getObjectName(),
                        rule(e), e.getDefaultMessage()))
                .toList();
        return invalid(errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a request body's errors name its fields; a path or query parameter's name the parameter
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(e -> new FieldProblem(e instanceof FieldError f ? f.getField()
                                : result.getMethodParameter().getParameterName(), rule(e), e.getDefaultMessage())))
                .toList();
        return invalid(errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a refusal raised while the body was read (one over the size limit) is answered as itself
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainProblem problem) {
                var answer = domainProblem(problem);
                return new ResponseEntity<>(answer.getBody(), answer.getHeaders(), answer.getStatusCode());
            }
        }
        FieldProblem error = ex.getCause() instanceof JacksonException json ? JsonProblems.of(json)
                : new FieldProblem("body", "required", "a JSON request body is required");
        return invalid(List.of(error), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.getPropertyName(), "type",
                "must be " + TypeWords.of(ex.getRequiredType()))), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.getParameterName(), "required", "is required")), headers, request);
    }

    /** Gives the framework's own problem details (404, 405, 415, ...) a Shelfwise type instead of about:blank. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // the framework's own refusals (405, 406, 415, ...) arrive without a body: theirs is the exception's
        if (body == null && ex instanceof ErrorResponse response) {
            body = response.getBody();
        }
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            var reason = HttpStatus.resolve(statusCode.value());
            problem.setType(type(reason == null ? "http-" + statusCode.value()
                    : reason.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors, HttpHeaders headers, WebRequest request) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.");
        body.setType(type("validation"));
        body.setTitle("Invalid request");
        body.setProperty("errors", errors);
        return super.handleExceptionInternal(new IllegalArgumentException(), body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String rule(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        // the last code is the bare constraint name, e.g. "NotBlank"
        return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
    }
}
