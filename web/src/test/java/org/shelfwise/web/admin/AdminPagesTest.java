package org.shelfwise.web.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administration pages' templates and role check, with the gateway's API replaced by a mock. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class AdminPagesTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @MockitoBean
    Tokens tokens;

    @Test
    void refusesALibrarianAdministrationWithAPageInWords() throws Exception {
        mvc.perform(get("/staff/admin/staff").with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/staff/not-allowed"));
        String page = mvc.perform(get("/staff/not-allowed").with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Not allowed").contains("for administrators only");
        assertThat(mvc.perform(get("/staff/checkout").with(user("desk1").roles("LIBRARIAN"))).andReturn().getResponse()
                .getContentAsString()).as("a librarian is not shown the way there").doesNotContain("Administration");
    }

    @Test
    void showsTheStaffAccountsAndTheApisRefusalBesideTheField() throws Exception {
        when(api.get(any(), eq(StaffAccountsController.Account[].class), anyString())).thenReturn(
                new StaffAccountsController.Account[] {new StaffAccountsController.Account(UUID.randomUUID(), "admin", Set.of("ADMIN"), true)});
        when(api.post(any(), any(), eq(StaffAccountsController.Account.class), anyString(), anyString())).thenThrow(
                new ApiProblem(400, "validation", "Invalid request", "One field is invalid.",
                        List.of(new ApiProblem.FieldError("password", "Size", "size must be between 12 and 128")), ""));

        String page = mvc.perform(post("/staff/admin/staff").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("username", "newdesk").param("password", "short").param("roles", "LIBRARIAN").param("key", "k1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("One staff account").contains("size must be between 12 and 128").contains("value=\"newdesk\"");
    }

    @Test
    void showsEachAccountsRolesAndStatusAndARefusalBesideTheAccount() throws Exception {
        var desk = new StaffAccountsController.Account(UUID.randomUUID(), "desk1", Set.of("LIBRARIAN"), false);
        when(api.get(any(), eq(StaffAccountsController.Account[].class), anyString())).thenReturn(
                new StaffAccountsController.Account[] {desk});
        when(api.put(any(), any(), eq(StaffAccountsController.Account.class), anyString(), eq(desk.id()))).thenThrow(
                new ApiProblem(409, "last-admin", "Last administrator", "The account desk1 is the last enabled administrator.",
                        List.of(), ""));

        var flash = mvc.perform(post("/staff/admin/staff/" + desk.id() + "/roles").with(user("boss").roles("ADMIN")).with(csrf())
                .param("roles", "LIBRARIAN")).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        String page = mvc.perform(get("/staff/admin/staff").with(user("boss").roles("ADMIN")).flashAttrs(flash))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Disabled").contains("aria-label=\"Enable desk1\"").doesNotContain("aria-label=\"Disable desk1\"")
                .contains("the last enabled administrator").contains("<label for=\"password-desk1\"");
    }

    @Test
    void showsPoliciesRulesAndTheCalendar() throws Exception {
        var policy = new PoliciesController.Policy("standard", "Standard loan", 21, 2, 10, 5, new BigDecimal("0.20"), 0,
                new BigDecimal("10.00"), 7, 2, java.util.List.of(3, 10, 20));
        when(api.get(any(), eq(PoliciesController.Policy[].class), anyString())).thenReturn(new PoliciesController.Policy[] {policy});
        when(api.get(any(), eq(PoliciesController.Rule[].class), anyString())).thenReturn(
                new PoliciesController.Rule[] {new PoliciesController.Rule(1L, null, "dvd", null, "standard")});
        String policies = mvc.perform(get("/staff/admin/policies").param("edit", "standard").with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(policies).contains("Standard loan").contains("dvd").contains("value=\"21\"")
                .contains("<label for=\"policy-overdueNoticeDays\"").contains("value=\"3, 10, 20\"");

        when(api.get(any(), eq(CalendarController.ClosedDay[].class), anyString())).thenReturn(
                new CalendarController.ClosedDay[] {new CalendarController.ClosedDay("*", LocalDate.of(2026, 12, 25), "Christmas")});
        when(api.get(any(), eq(CalendarController.WeeklyClosing[].class), anyString())).thenReturn(
                new CalendarController.WeeklyClosing[] {new CalendarController.WeeklyClosing("Main", 7)});
        String calendar = mvc.perform(get("/staff/admin/calendar").with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(calendar).contains("25 Dec 2026").contains("Christmas").contains("every branch").contains("Main: Sunday");

        String refused = mvc.perform(post("/staff/admin/calendar").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("day", "not a day")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("must be a date");
    }
}
