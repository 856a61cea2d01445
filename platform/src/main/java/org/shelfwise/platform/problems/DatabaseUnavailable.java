package org.shelfwise.platform.problems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Answers a request the database could not serve for now (connection refused or lost, the pool's wait for a
 * connection timed out, the server shutting down or in recovery, a lock or statement timeout) with 503
 * {@code service-unavailable} and {@code Retry-After}, rather than as a bug: the request may well succeed in a
 * moment, on this instance or another, and the gateway tries a read again on 503. Spring translates PostgreSQL's
 * connection states (SQLState class 08, 57P01 to 57P03) to {@link DataAccessResourceFailureException}; a cause
 * in a wrapped exception is matched too. Ordered before {@link ProblemHandler}, whose catch-all would otherwise
 * take these as 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailable {

    /** Seconds: PostgreSQL restarted by the local launcher is back in about that; a pool reconnects at once. */
    static final String RETRY_AFTER = "2";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            RecoverableDataAccessException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class, SQLTransientException.class, SQLNonTransientConnectionException.class,
            SQLRecoverableException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        // not an error of this code: one line, without the stack trace, is enough to see an outage in the log
        log.warn("Database unavailable: {}", rootMessage(e));
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its database just now. Try again in a moment.");
        body.setType(ProblemHandler.type("service-unavailable"));
        body.setTitle("Service Unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                .body(body);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + (root == e ? "" : " (" + root.getClass().getSimpleName() + ")")
                + ": " + root.getMessage();
    }
}
