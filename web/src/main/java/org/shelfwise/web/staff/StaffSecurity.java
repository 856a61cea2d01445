package org.shelfwise.web.staff;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * The staff pages' security: sign-in with a staff account through the gateway, a server-side session (its cookie
 * HttpOnly, SameSite=Lax, Secure over HTTPS), a CSRF token in every form, sign-out that revokes the refresh token,
 * and a plain message when an idle session has ended.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurity {

    static final String SIGN_IN = "/staff/sign-in";
    static final String COOKIE = "SHELFWISE_STAFF";

    @Bean
    @Order(1)
    SecurityFilterChain staffPages(HttpSecurity http, Tokens tokens) throws Exception {
        return http
                .securityMatcher("/staff", "/staff/**")
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers(SIGN_IN, "/staff/assets/**", "/staff/webjars/**").permitAll()
                        .requestMatchers("/staff/admin/**").hasRole("ADMIN")
                        .anyRequest().hasAnyRole("LIBRARIAN", "ADMIN"))
                .formLogin(form -> form
                        .loginPage(SIGN_IN)
                        .loginProcessingUrl(SIGN_IN)
                        .successHandler(keepTokensInSession())
                        .failureHandler(refusal()))
                .logout(logout -> logout
                        .logoutUrl("/staff/sign-out")
                        .addLogoutHandler((request, response, authentication) -> tokens.revoke(request.getSession(false)))
                        .logoutSuccessUrl(SIGN_IN + "?signed-out")
                        .deleteCookies(COOKIE))
                .sessionManagement(sessions -> sessions.invalidSessionStrategy(toSignIn("ended")))
                // The gateway's default is no-referrer, with which Chromium sends "Origin: null" on a form's POST, and
                // the gateway's CORS check refuses that (403). The pages name their policy, and the gateway keeps it.
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst()).accessDeniedHandler(notAllowed()))
                .build();
    }

    /**
     * Everything else the module serves beyond the staff pages and the public catalogue's (its own chain, order 2):
     * health probes for the launcher and load balancers, nothing more.
     */
    @Bean
    @Order(3)
    SecurityFilterChain probes(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    private static AuthenticationSuccessHandler keepTokensInSession() {
        var next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/staff");
        return (request, response, authentication) -> {
            request.getSession().setAttribute(StaffTokens.ATTRIBUTE, authentication.getDetails());
            ((AbstractAuthenticationToken) authentication).setDetails(null);
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static AuthenticationFailureHandler refusal() {
        return (request, response, refused) -> response.sendRedirect(
                request.getContextPath() + SIGN_IN + "?error=" + reason(refused));
    }

    private static String reason(AuthenticationException refused) {
        if (refused instanceof GatewaySignIn.SignInRefused) {
            return refused.getMessage();
        }
        if (refused instanceof LockedException) {
            return "locked";
        }
        return refused instanceof org.springframework.security.authentication.BadCredentialsException
                ? "credentials" : "unavailable";
    }

    /** An ended session (idle too long, or its tokens refused) says so on the sign-in page. */
    static InvalidSessionStrategy toSignIn(String why) {
        return (request, response) -> {
            request.getSession(true);
            redirect(request, response, SIGN_IN + "?" + why);
        };
    }

    /** A page beyond the staff member's roles (a librarian at administration) says so in words, with a 403. */
    private static AccessDeniedHandler notAllowed() {
        var handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage("/staff/not-allowed");
        return handler;
    }

    private static AuthenticationEntryPoint signInFirst() {
        return (request, response, notSignedIn) -> redirect(request, response, SIGN_IN);
    }

    /** htmx follows a redirect inside the page; it is told to load the whole page instead. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String url = request.getContextPath() + path;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", url);
            response.setStatus(HttpServletResponse.SC_OK);
        } else {
            response.sendRedirect(url);
        }
    }
}
