package org.shelfwise.web.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public catalogue's security: searching and reading records need no sign-in; the account and placing a hold
 * need a patron's. The patron's sign-in is kept under a session attribute of its own ({@link #CONTEXT}, and their
 * tokens under {@link PatronTokens#ATTRIBUTE}), so a staff sign-in in the same browser is never taken for a
 * patron's account, nor a patron's for a staff member's: each chain reads only its own. CSRF tokens in every form,
 * as on the staff pages; the session ends when idle (the module's one session timeout).
 */
@Configuration(proxyBeanMethods = false)
class PatronSecurity {

    static final String SIGN_IN = "/sign-in";
    /** The session attribute of the patron's security context (the staff's is Spring Security's default one). */
    static final String CONTEXT = PatronSecurity.class.getName() + ".CONTEXT";

    /** Where a patron's sign-in is kept: in the session, under {@link #CONTEXT}. */
    @Bean
    HttpSessionSecurityContextRepository patronContexts() {
        var contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CONTEXT);
        contexts.setAllowSessionCreation(false);
        return contexts;
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicPages(HttpSecurity http, HttpSessionSecurityContextRepository patronContexts)
            throws Exception {
        return http
                .securityMatcher("/", "/search", "/search/**", "/records/**", "/account", "/account/**", SIGN_IN,
                        "/sign-out", "/assets/**")
                .securityContext(context -> context.securityContextRepository(patronContexts))
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers("/account", "/account/**", "/records/*/hold").hasRole("PATRON")
                        .anyRequest().permitAll())
                // sign-in and sign-out are this module's own controllers (PatronSignInController): they keep the
                // context under CONTEXT and never touch the staff member's, which Spring Security's would
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst())
                        .accessDeniedHandler(staleForm()))
                .build();
    }

    /** To the sign-in page, and back here afterwards; "ended" when the browser's session has expired meanwhile. */
    private static AuthenticationEntryPoint signInFirst() {
        return (request, response, notSignedIn) -> {
            boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            String back = HttpMethod.GET.matches(request.getMethod()) ? pathAndQuery(request) : "/account";
            response.sendRedirect(request.getContextPath() + SIGN_IN + "?" + (ended ? "ended&" : "") + "next="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
        };
    }

    /** A form sent with an old or missing CSRF token (its session ended) is not trusted: sign in, or send it again. */
    private static AccessDeniedHandler staleForm() {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                response.sendRedirect(request.getContextPath() + SIGN_IN + "?stale");
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** Where a sign-in may send the patron on: a page of this catalogue only, never another site or the staff's. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/staff") || next.startsWith(SIGN_IN)) {
            return "/account";
        }
        return next;
    }
}
