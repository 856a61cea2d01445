package org.shelfwise.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTest {

    final TrustedProxies filter = new TrustedProxies(List.of("127.0.0.1", "::1", "10.0.0.0/8"));

    /** The request as the application behind the filter sees it. */
    HttpServletRequest seenBehind(String from) throws Exception {
        var request = new MockHttpServletRequest("GET", "/v3/api-docs");
        request.setRemoteAddr(from);
        request.setServerName("patrons.internal");
        request.setServerPort(8083);
        request.addHeader("X-Forwarded-For", "203.0.113.7");
        request.addHeader("X-Forwarded-Host", "library.example");
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Port", "443");
        request.addHeader("X-Forwarded-Prefix", "/elsewhere");
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return (HttpServletRequest) chain.getRequest();
    }

    @Test
    void appliesTheForwardedHeadersOfATrustedProxy() throws Exception {
        for (String proxy : List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "10.1.2.3")) {
            var seen = seenBehind(proxy);
            assertThat(seen.getRemoteAddr()).as(proxy).isEqualTo("203.0.113.7");
            assertThat(seen.getServerName()).isEqualTo("library.example");
            assertThat(seen.getScheme()).isEqualTo("https");
            assertThat(seen.isSecure()).isTrue();
            assertThat(seen.getHeader("X-Forwarded-Host")).as("consumed").isNull();
        }
    }

    @Test
    void removesTheForwardedHeadersOfAnyoneElseBeforeAnythingReadsThem() throws Exception {
        var seen = seenBehind("203.0.113.50");
        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.50");
        assertThat(seen.getServerName()).isEqualTo("patrons.internal");
        assertThat(seen.getScheme()).isEqualTo("http");
        assertThat(seen.isSecure()).isFalse();
        assertThat(seen.getRequestURI()).isEqualTo("/v3/api-docs");
        for (String header : List.of("X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port",
                "X-Forwarded-Prefix")) {
            assertThat(seen.getHeader(header)).as(header).isNull();
        }
    }
}
