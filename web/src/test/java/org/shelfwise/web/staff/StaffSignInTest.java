package org.shelfwise.web.staff;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.shelfwise.web.api.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff pages' sign-in, with the gateway's API replaced by a mock: no database, no services. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class StaffSignInTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @Test
    void sendsAnyoneNotSignedInToTheSignInPage() throws Exception {
        mvc.perform(get("/staff/checkout")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/sign-in"));
    }

    @Test
    void asksHtmxToLoadTheSignInPageRatherThanSwapItIntoTheDesk() throws Exception {
        mvc.perform(post("/staff/checkin").with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/staff/sign-in"));
    }

    @Test
    void showsTheSignInFormWithLabelledFieldsAndACsrfToken() throws Exception {
        String page = mvc.perform(get("/staff/sign-in")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<label for=\"username\">Username</label>").contains("name=\"_csrf\"");
    }

    @Test
    void refusesAFormWithoutItsCsrfTokenAndNeverCallsTheApi() throws Exception {
        // no token at all: the form outlived its session, and the page says the session has ended
        mvc.perform(post("/staff/sign-in").param("username", "admin").param("password", "secret"))
                .andExpect(redirectedUrl("/staff/sign-in?ended"));
        // a token that is not the one the session's form carries: forged
        var session = new MockHttpSession();
        mvc.perform(get("/staff/sign-in").session(session)).andExpect(status().isOk());
        mvc.perform(post("/staff/sign-in").session(session).param("_csrf", "forged")
                        .param("username", "admin").param("password", "secret"))
                .andExpect(status().isForbidden());
        org.mockito.Mockito.verifyNoInteractions(api);
    }

    @Test
    void refusesAPatronsCredentialsAndRevokesTheTokensTheyGot() throws Exception {
        when(api.post(isNull(), any(), eq(TokenResponse.class), isNull(), eq("/api/auth/token")))
                .thenReturn(tokens("[\"PATRON\"]"));

        mvc.perform(post("/staff/sign-in").with(csrf()).param("username", "21234000000017").param("password", "pw"))
                .andExpect(redirectedUrl("/staff/sign-in?error=not-staff"));
        verify(api).post(isNull(), eq(java.util.Map.of("refresh_token", "refresh-1")), eq(Void.class), isNull(),
                eq("/api/auth/logout"));
    }

    @Test
    void keepsAStaffMembersTokensInTheSessionAndNeverInTheBrowser() throws Exception {
        when(api.post(isNull(), any(), eq(TokenResponse.class), isNull(), eq("/api/auth/token")))
                .thenReturn(tokens("[\"LIBRARIAN\"]"));
        var session = new MockHttpSession();

        var response = mvc.perform(post("/staff/sign-in").session(session).with(csrf())
                        .param("username", "desk1").param("password", "pw"))
                .andExpect(redirectedUrl("/staff")).andReturn().getResponse();

        assertThat(((StaffTokens) session.getAttribute(StaffTokens.ATTRIBUTE)).refreshToken()).isEqualTo("refresh-1");
        assertThat(response.getCookies()).noneMatch(cookie -> cookie.getValue().contains("refresh-1"));
        mvc.perform(get("/staff/checkout").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Signed in as desk1")));
    }

    @Test
    void namesItsReferrerPolicySoABrowserSendsTheFormsRealOriginThroughTheGateway() throws Exception {
        mvc.perform(get("/staff/sign-in")).andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void saysPlainlyThatAnIdleSessionHasEnded() throws Exception {
        mvc.perform(get("/staff/sign-in").param("ended", "")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("after 30 minutes without activity")));
    }

    private static TokenResponse tokens(String roles) {
        String claims = "{\"sub\":\"1\",\"username\":\"desk1\",\"roles\":" + roles + "}";
        String jwt = "e30." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + ".sig";
        return new TokenResponse(jwt, "refresh-1", 900);
    }
}
