package org.shelfwise.platform.input;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcceptableAnswersTest {

    /** Handlers of the shapes a service has. */
    static class Handlers {
        Map<String, String> renew() {
            return Map.of();
        }

        ResponseEntity<Void> remove() {
            return ResponseEntity.noContent().build();
        }

        ResponseEntity<?> created() {
            return ResponseEntity.ok().build();
        }
    }

    final AcceptableAnswers check = new AcceptableAnswers();

    boolean passes(String method, String handler, String accept) throws Exception {
        var request = new MockHttpServletRequest(method, "/api/things/1");
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        return check.preHandle(request, new MockHttpServletResponse(),
                new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(handler)));
    }

    @Test
    void refusesAChangeWhoseAnswerTheClientCannotAcceptBeforeItIsMade() {
        assertThatThrownBy(() -> passes("POST", "renew", "image/png"))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
        assertThatThrownBy(() -> passes("PUT", "created", "text/html, application/json;q=0"))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    @Test
    void letsThroughAnAcceptThatAdmitsJsonOrSaysNothing() throws Exception {
        assertThat(passes("POST", "renew", null)).isTrue();
        assertThat(passes("POST", "renew", "*/*")).isTrue();
        assertThat(passes("POST", "renew", "text/html, application/*;q=0.5")).isTrue();
        assertThat(passes("PATCH", "renew", "application/problem+json")).isTrue();
    }

    @Test
    void leavesReadsAnswersWithoutBodyAndDeclaredMediaTypesToSpring() throws Exception {
        assertThat(passes("GET", "renew", "image/png")).isTrue();
        assertThat(passes("DELETE", "remove", "image/png")).isTrue();
        var request = new MockHttpServletRequest("POST", "/oai");
        request.addHeader("Accept", "text/xml");
        request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE, Set.of(MediaType.TEXT_XML));
        assertThat(check.preHandle(request, new MockHttpServletResponse(),
                new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod("renew")))).isTrue();
    }
}
