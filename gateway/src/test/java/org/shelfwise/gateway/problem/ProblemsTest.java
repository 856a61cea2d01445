package org.shelfwise.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebInputException;

class ProblemsTest {

    @Test
    void aRefusedConnectionIsServiceUnavailable() {
        ProblemDetail problem = body(new ConnectException("Connection refused: /127.0.0.1:8081"));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("urn:shelfwise:problem:service-unavailable");
        assertThat(problem.getDetail()).doesNotContain("127.0.0.1");
        assertThat(problem.getInstance()).hasToString("/api/books");
    }

    @Test
    void keysThatCannotBeFetchedAreServiceUnavailableNotAnUnauthenticatedCaller() {
        ProblemDetail problem = body(new AuthenticationServiceException("An error occurred while attempting to decode"
                + " the Jwt: Couldn't retrieve remote JWK set", new IOException("http://127.0.0.1:8083/api/auth/jwks")));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("urn:shelfwise:problem:service-unavailable");
        assertThat(problem.getDetail()).doesNotContain("127.0.0.1").doesNotContain("JWK");
    }

    @Test
    void noInstanceToChooseIsServiceUnavailableWithoutNamingInternals() {
        ProblemDetail problem = body(new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                "Unable to find instance for catalog"));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("urn:shelfwise:problem:service-unavailable");
        assertThat(problem.getDetail()).doesNotContain("instance for catalog");
    }

    @Test
    void anOpenCircuitIsServiceUnavailable() {
        ProblemDetail problem = body(new ServiceUnavailableException());

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getType()).hasToString("urn:shelfwise:problem:service-unavailable");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeout() {
        ProblemDetail problem = body(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT,
                "Response took longer than timeout: PT10S"));

        assertThat(problem.getStatus()).isEqualTo(504);
        assertThat(problem.getType()).hasToString("urn:shelfwise:problem:gateway-timeout");
    }

    @Test
    void aConnectionLostMidAnswerIsABadGateway() {
        assertThat(body(new IOException("Connection prematurely closed BEFORE response")).getStatus()).isEqualTo(502);
    }

    @Test
    void anUnexpectedErrorRevealsNothingOfItself() {
        ProblemDetail problem = body(new IllegalStateException("secret internals"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getType()).hasToString("urn:shelfwise:problem:internal-error");
        assertThat(problem.getDetail()).doesNotContain("secret");
    }

    @Test
    void aMalformedPathVariableNamesTheField() throws NoSuchMethodException {
        Method handler = ProblemsTest.class.getDeclaredMethod("summary", UUID.class);
        var parameter = new MethodParameter(handler, 0);
        var mismatch = new TypeMismatchException("not-a-uuid", UUID.class);

        ProblemDetail problem = body(new ServerWebInputException("Type mismatch.", parameter, mismatch));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("urn:shelfwise:problem:validation");
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new FieldProblem("id", "type", "must be a valid uuid")));
    }

    @Test
    void aBlankPathVariableIsAMissingFieldNotAServerError() throws NoSuchMethodException {
        var parameter = new MethodParameter(ProblemsTest.class.getDeclaredMethod("summary", UUID.class), 0);

        ProblemDetail problem = body(new ServerErrorException("id", parameter, null));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("urn:shelfwise:problem:validation");
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new FieldProblem("id", "required", "is required and must not be blank")));
    }

    @Test
    void keepsTheAllowHeaderOfAMethodNotAllowed() {
        var problem = Problems.describe(new MethodNotAllowedException(HttpMethod.DELETE, List.of(HttpMethod.GET)),
                "/api/patrons/x/summary");

        assertThat(problem.status().value()).isEqualTo(405);
        assertThat(problem.body().getType()).hasToString("urn:shelfwise:problem:method-not-allowed");
        assertThat(problem.headers().getAllow()).containsExactly(HttpMethod.GET);
    }

    private static ProblemDetail body(Throwable error) {
        return Problems.describe(error, "/api/books").body();
    }

    @SuppressWarnings("unused")
    private void summary(@PathVariable("id") UUID id) {
    }
}
