package org.shelfwise.web.account;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Branch;
import org.shelfwise.web.api.Loan;
import org.shelfwise.web.opac.Record;
import org.shelfwise.web.staff.TokenResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The patron's sign-in and account, with the gateway's API replaced by a mock: a patron's session and a staff
 * member's never stand in for each other, and a renewal refused is said in the patron's words.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class AccountPagesTest {

    private static final UUID PATRON = UUID.randomUUID();
    private static final String PATRON_TOKEN = jwt("[\"PATRON\"]", PATRON);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @Test
    void sendsAStaffMembersSessionToThePatronSignInNotToAnAccount() throws Exception {
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated("admin", null,
                        List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_LIBRARIAN")))));

        mvc.perform(get("/account").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in?next=%2Faccount"));
    }

    @Test
    void signsAPatronInUnderTheirOwnAttributesWhichOpenNoStaffPage() throws Exception {
        var session = signedInPatron();

        assertThat(session.getAttribute(PatronSecurity.CONTEXT)).isNotNull();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        mvc.perform(get("/staff/checkout").session(session)).andExpect(redirectedUrl("/staff/sign-in"));
    }

    @Test
    void refusesAStaffAccountAtThePatronSignInAndRevokesItsTokens() throws Exception {
        when(api.post(isNull(), any(), eq(TokenResponse.class), isNull(), eq("/api/auth/token")))
                .thenReturn(tokens("[\"LIBRARIAN\"]", null));

        String page = mvc.perform(post("/sign-in").with(csrf()).param("username", "desk1").param("password", "secret"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("This is a library staff account");
        verify(api).post(isNull(), eq(java.util.Map.of("refresh_token", "refresh-1")), eq(Void.class), isNull(),
                eq("/api/auth/logout"));
    }

    @Test
    void listsTheMessagesTheLibrarySentThePatronAndNotThoseNeverSent() throws Exception {
        var session = signedInPatron();
        when(api.get(eq(PATRON_TOKEN), eq(MyAccount.class), eq("/api/patrons/me/summary")))
                .thenReturn(new MyAccount(null, List.of(), List.of(), List.of()));
        when(api.get(eq(PATRON_TOKEN), eq(Notice[].class), eq("/api/notices?size=20"))).thenReturn(new Notice[]{
                new Notice(UUID.randomUUID(), "HOLD_READY", "SENT", "Your hold is ready: Emma",
                        java.time.Instant.parse("2026-03-02T10:00:00Z"), java.time.Instant.parse("2026-03-02T10:00:05Z")),
                new Notice(UUID.randomUUID(), "OVERDUE", "STALE", "Overdue: Persuasion",
                        java.time.Instant.parse("2026-03-03T10:00:00Z"), null)});

        String page = mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Your hold is ready: Emma").doesNotContain("Persuasion");
    }

    @Test
    void saysWhyARenewalWasRefusedBesideTheLoan() throws Exception {
        var session = signedInPatron();
        UUID loan = UUID.randomUUID();
        when(api.post(eq(PATRON_TOKEN), any(), eq(Loan.class), eq("k1"), eq("/api/loans/{id}/renewal"), eq(loan)))
                .thenThrow(new ApiProblem(409, "patrons-waiting", "Refused", "Other patrons are waiting.", List.of(), ""));
        when(api.get(eq(PATRON_TOKEN), eq(MyAccount.class), eq("/api/patrons/me/summary"))).thenReturn(new MyAccount(null,
                List.of(new MyAccount.Loan(loan, "B1", UUID.randomUUID(), "Emma", LocalDate.of(2026, 12, 12), 0, null)),
                List.of(), List.of()));

        var flash = mvc.perform(post("/account/loans/" + loan + "/renewal").session(session).with(csrf()).param("key", "k1"))
                .andExpect(redirectedUrl("/account#loans")).andReturn().getFlashMap();
        String page = mvc.perform(get("/account").session(session).flashAttrs(flash)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Not renewed: other readers are waiting for this book");
    }

    @Test
    void showsAnotherPatronsLoanAsNothingAtAll() throws Exception {
        var session = signedInPatron();
        UUID theirs = UUID.randomUUID();
        when(api.get(eq(PATRON_TOKEN), eq(Loan.class), eq("/api/loans/{id}"), eq(theirs)))
                .thenThrow(new ApiProblem(403, "forbidden", "Forbidden", "Patrons may see their own data only.", List.of(), ""));

        String page = mvc.perform(get("/account/loans/" + theirs).session(session)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is nothing to show at this address.").doesNotContain("own data");
    }

    @Test
    void offersTheLibrarysBranchesToCollectAHoldAtAndSaysWhereItIsOnItsWay() throws Exception {
        var session = signedInPatron();
        UUID book = UUID.randomUUID();
        when(api.get(isNull(), eq(Record.class), eq("/api/books/{id}"), eq(book))).thenReturn(new Record(book, "Emma",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        when(api.get(eq(PATRON_TOKEN), eq(Branch[].class), eq("/api/branches"))).thenReturn(new Branch[] {
                new Branch("East", "East Branch"), new Branch("Main", "Main Library")});

        String form = mvc.perform(get("/records/" + book + "/hold").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<label for=\"pickupBranch\">Collect it at</label>")
                .contains("<option value=\"East\">East Branch</option>").contains("<option value=\"Main\">Main Library</option>");

        when(api.post(eq(PATRON_TOKEN), any(), eq(HoldPlacement.Placed.class), eq("k2"), eq("/api/holds")))
                .thenReturn(new HoldPlacement.Placed(UUID.randomUUID(), "WAITING", 1L));
        mvc.perform(post("/records/" + book + "/hold").session(session).with(csrf()).param("key", "k2")
                .param("pickupBranch", "East")).andExpect(redirectedUrl("/account#holds"));
        verify(api).post(eq(PATRON_TOKEN), eq(java.util.Map.of("bookId", book, "pickupBranch", "East")),
                eq(HoldPlacement.Placed.class), eq("k2"), eq("/api/holds"));

        when(api.get(eq(PATRON_TOKEN), eq(MyAccount.class), eq("/api/patrons/me/summary"))).thenReturn(new MyAccount(null,
                List.of(), List.of(new MyAccount.Hold(UUID.randomUUID(), book, "IN_TRANSIT", null, null, "East",
                        new MyAccount.Book("Emma", List.of()), null)), List.of()));
        String account = mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(account).contains("A copy is on its way to East Branch for you.");
    }

    private MockHttpSession signedInPatron() throws Exception {
        when(api.post(isNull(), any(), eq(TokenResponse.class), isNull(), eq("/api/auth/token")))
                .thenReturn(tokens("[\"PATRON\"]", PATRON));
        var result = mvc.perform(post("/sign-in").with(csrf()).param("username", "P0001").param("password", "secret")
                        .param("next", "/account"))
                .andExpect(redirectedUrl("/account")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static TokenResponse tokens(String roles, UUID patron) {
        return new TokenResponse(jwt(roles, patron), "refresh-1", 900);
    }

    private static String jwt(String roles, UUID patron) {
        String claims = "{\"sub\":\"1\",\"username\":\"P0001\",\"roles\":" + roles
                + (patron == null ? "" : ",\"patron_id\":\"" + patron + "\"") + "}";
        return "e30." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + ".sig";
    }
}
