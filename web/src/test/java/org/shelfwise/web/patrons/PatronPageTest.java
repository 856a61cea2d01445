package org.shelfwise.web.patrons;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.FineAccount;
import org.shelfwise.web.api.Hold;
import org.shelfwise.web.api.Loan;
import org.shelfwise.web.api.Patron;
import org.shelfwise.web.api.Summary;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A patron's record: loans to renew, holds to cancel, fines to settle, a block; with the API replaced by a mock. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class PatronPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @MockitoBean
    Tokens tokens;

    final UUID id = UUID.randomUUID();
    final Patron ada = new Patron(id, "21234000000017", "Ada Lovelace", "ada@example.org", null, null, null, "adult",
            LocalDate.now().plusYears(1), "ACTIVE", null);

    Loan loan(String title) {
        return new Loan(UUID.randomUUID(), "C-" + title, UUID.randomUUID(), title, id, ada.barcode(), Instant.now(),
                LocalDate.now().plusDays(7), null, 0);
    }

    @Test
    void showsEveryActionOfTheRecordEachLabelled() throws Exception {
        var hold = new Hold(UUID.randomUUID(), UUID.randomUUID(), id, "WAITING", 2L, null, null, new Hold.Book("Dune"));
        when(api.get(any(), eq(Summary.class), anyString(), eq(id))).thenReturn(
                new Summary(ada, List.of(loan("Emma"), loan("Persuasion")), List.of(hold), List.of()));
        when(api.get(any(), eq(FineAccount.class), anyString(), eq(id))).thenReturn(new FineAccount(List.of(
                new FineAccount.Fine(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal("2.00"), new BigDecimal("0.50"),
                        BigDecimal.ZERO, new BigDecimal("1.50"))), new BigDecimal("1.50")));

        String page = mvc.perform(get("/staff/patrons/" + id).with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Renew all<").contains("Cancel the hold on Dune").contains("Amount (blank: all of it)")
                .contains(">Waive<").contains("Reason for a block").contains("Owes 1.50 in all.");
    }

    @Test
    void renewsAllLoansAndKeepsEachRefusalBesideItsLoan() throws Exception {
        var emma = loan("Emma");
        var persuasion = loan("Persuasion");
        when(api.get(any(), eq(Summary.class), anyString(), eq(id))).thenReturn(
                new Summary(ada, List.of(emma, persuasion), List.of(), List.of()));
        when(api.post(any(), any(), eq(Loan.class), anyString(), anyString(), eq(emma.id()))).thenReturn(emma);
        when(api.post(any(), any(), eq(Loan.class), anyString(), anyString(), eq(persuasion.id()))).thenThrow(
                new ApiProblem(409, "patrons-waiting", "Patrons waiting", "Other patrons are waiting for this book.", List.of(), ""));

        mvc.perform(post("/staff/patrons/" + id + "/loans/renewal").param("key", "k").with(csrf())
                        .with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("renewedAll", 1))
                .andExpect(flash().attribute("renewalRefused",
                        java.util.Map.of(persuasion.id().toString(), "Other patrons are waiting for this book.")));
    }
}
