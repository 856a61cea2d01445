package org.shelfwise.web.opac;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Branch;
import org.shelfwise.web.api.Page;
import org.shelfwise.web.catalogue.Copy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public search and record pages, anonymous, with the gateway's API replaced by a mock. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class SearchPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @Test
    @SuppressWarnings("unchecked")
    void showsEachHitsAvailabilityInWordsTheCorrectionAndFacetsAsLinksThatKeepTheSearch() throws Exception {
        UUID emma = UUID.randomUUID();
        UUID persuasion = UUID.randomUUID();
        when(api.get(isNull(), eq(Results.class), anyString(), any(Map.class))).thenReturn(new Results(List.of(
                new Results.Hit(emma, "Emma", null, List.of("Austen, Jane"), 1815, "en", "BOOK", 3, 2),
                new Results.Hit(persuasion, "Persuasion", null, List.of("Austen, Jane"), 1817, "en", "BOOK", 1, 0)),
                new Page.Metadata(0, 20, 2, 1), new Results.Facets(List.of(new Results.Count("Austen, Jane", 2)),
                List.of(), List.of(new Results.Count("fr", 1)), List.of(new Results.Count("BOOK", 2)),
                List.of(new Results.Count("available", 1))), List.of("austen")));
        when(api.get(isNull(), eq(Holdings[].class), anyString(), any(Object[].class))).thenReturn(new Holdings[] {
                new Holdings(emma, List.of(copy("AVAILABLE", "Main", null), copy("AVAILABLE", "Main", null),
                        copy("ON_LOAN", "East", LocalDate.of(2026, 12, 12)))),
                new Holdings(persuasion, List.of(copy("ON_LOAN", "Main", LocalDate.of(2026, 12, 12))))});

        String page = mvc.perform(get("/search").param("q", "austne").param("subject", "Bath & Society"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("2 of 3 on the shelf at Main").contains("On loan, due back 12 Dec 2026")
                .contains("Did you mean").contains("href=\"/search?q=austen&amp;subject=Bath%20%26%20Society\"")
                .contains("French (1)").contains("Book (2)").contains("On the shelf now (1)")
                .contains("/search?q=austne&amp;author=Austen%2C%20Jane&amp;subject=Bath%20%26%20Society")
                .contains("Subject: Bath &amp; Society");
    }

    @Test
    @SuppressWarnings("unchecked")
    void saysARefusedSearchInWordsNamingTheFieldWith400() throws Exception {
        when(api.get(isNull(), eq(Results.class), anyString(), any(Map.class))).thenThrow(new ApiProblem(400,
                "validation", "Invalid request", "One field is invalid.",
                List.of(new ApiProblem.FieldError("yearFrom", "Min", "must be greater than or equal to 1000")), ""));

        String page = mvc.perform(get("/search").param("q", "emma").param("yearFrom", "99"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Published from: must be greater than or equal to 1000.");
    }

    @Test
    void refusesAPageThatIsNotAPageNumberWithoutAskingTheCatalogue() throws Exception {
        String page = mvc.perform(get("/search").param("q", "emma").param("page", "two"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Page: must be a whole number from 1 on.");
        verifyNoInteractions(api);
    }

    @Test
    void showsARecordWithItsCopiesAndAnOfferPerCopy() throws Exception {
        UUID id = UUID.randomUUID();
        when(api.get(isNull(), eq(Record.class), anyString(), any(Object[].class))).thenReturn(new Record(id, "Emma",
                null, null, null, null, null, List.of(new Record.Contributor("Austen, Jane", "PERSON", List.of("author"))),
                new Record.Identifiers(List.of("9780141439587"), null, null, null), "Penguin", "London", "2003", 2003,
                "Penguin classics ed.", "474 p.", List.of("Penguin classics"), List.of(), null, List.of("en"),
                List.of("Courtship -- Fiction"), "BOOK", List.of()));
        when(api.get(isNull(), eq(Copy[].class), anyString(), any(Object[].class))).thenReturn(new Copy[] {
                copy("AVAILABLE", "Main", null), copy("ON_LOAN", "East", LocalDate.of(2026, 12, 12))});

        String page = mvc.perform(get("/records/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("itemtype=\"https://schema.org/Book\"").contains("itemprop=\"isbn\">9780141439587")
                .contains("href=\"/search?author=Austen,%20Jane\"").contains("href=\"/search?subject=Courtship%20--%20Fiction\"")
                .contains("On loan, due back 12 Dec 2026").contains("1 of 2 on the shelf at Main")
                .contains("href=\"https://schema.org/InStock\"").contains("href=\"https://schema.org/OutOfStock\"")
                .contains("/records/" + id + "/hold");
        assertThat(page.split("itemtype=\"https://schema.org/Offer\"", -1)).hasSize(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void namesEachCopysBranchAsTheLibraryListsItAndByItsCodeWhenUnlisted() throws Exception {
        UUID id = UUID.randomUUID();
        when(api.get(isNull(), eq(Record.class), anyString(), any(Object[].class))).thenReturn(new Record(id, "Emma",
                null, null, null, null, null, List.of(), null, null, null, null, null, null, null, List.of(), List.of(),
                null, List.of(), List.of(), "BOOK", List.of()));
        when(api.get(isNull(), eq(Copy[].class), anyString(), any(Object[].class))).thenReturn(new Copy[] {
                copyAt("main", "AVAILABLE"), copyAt("main", "AVAILABLE"), copyAt("attic", "ON_LOAN")});
        when(api.get(isNull(), eq(Branch[].class), eq("/api/branches"))).thenReturn(new Branch[] {
                new Branch("main", "Main Library"), new Branch("east", "East Library")});

        String page = mvc.perform(get("/records/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("2 of 3 on the shelf at Main Library")
                .contains("<span itemprop=\"name\">Main Library</span>").contains("<span itemprop=\"name\">attic</span>")
                .contains("<td>Fiction</td>");

        UUID emma = UUID.randomUUID();
        when(api.get(isNull(), eq(Results.class), anyString(), any(Map.class))).thenReturn(new Results(List.of(
                new Results.Hit(emma, "Emma", null, List.of(), 1815, "en", "BOOK", 3, 2)), new Page.Metadata(0, 20, 1, 1),
                new Results.Facets(List.of(), List.of(), List.of(), List.of(), List.of()), List.of()));
        when(api.get(isNull(), eq(Holdings[].class), anyString(), any(Object[].class))).thenReturn(new Holdings[] {
                new Holdings(emma, List.of(copyAt("main", "AVAILABLE"), copyAt("east", "AVAILABLE"),
                        copyAt("east", "ON_LOAN")))});
        String results = mvc.perform(get("/search").param("q", "emma")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(results).contains("2 of 3 on the shelf: 1 at East Library, 1 at Main Library");
    }

    @Test
    void showsNothingButNotFoundForAnIdThatIsNoId() throws Exception {
        mvc.perform(get("/records/not-an-id")).andExpect(status().isNotFound());
        verifyNoInteractions(api);
    }

    private static Copy copy(String status, String location, LocalDate due) {
        return new Copy(UUID.randomUUID(), "B" + UUID.randomUUID().toString().substring(0, 6), "823 AUS", location,
                null, null, null, status, due, null);
    }

    private static Copy copyAt(String branch, String status) {
        return new Copy(UUID.randomUUID(), "B" + UUID.randomUUID().toString().substring(0, 6), "823 AUS", "Fiction",
                null, branch, "book", status, null, null);
    }
}
