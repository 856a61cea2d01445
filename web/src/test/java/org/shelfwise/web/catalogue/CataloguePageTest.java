package org.shelfwise.web.catalogue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.Branch;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Page;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalogue pages with the gateway's API replaced by a mock. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class CataloguePageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @MockitoBean
    Tokens tokens;

    @Test
    @SuppressWarnings("unchecked")
    void showsTheHitsAndEachFacetValueAsAFilterLink() throws Exception {
        var hit = new SearchAnswer.Hit(UUID.randomUUID(), "Emma", null, List.of("Jane Austen"), 1815, "en", 2, 1);
        when(api.get(any(), eq(SearchAnswer.class), anyString(), any(Map.class))).thenReturn(new SearchAnswer(
                List.of(hit), new Page.Metadata(0, 20, 1, 1), null, new SearchAnswer.Facets(
                List.of(new SearchAnswer.Count("Jane Austen", 1)), List.of(), List.of(new SearchAnswer.Count("en", 1)))));

        String page = mvc.perform(get("/staff/catalogue").with(user("desk1").roles("LIBRARIAN")).param("q", "emma")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(">Emma</a>").contains("1 of 2 on the shelf").contains("Jane Austen (1)")
                .contains("author=Jane%20Austen");
    }

    @Test
    void showsAStaleEditBesideTheVersionSavedMeanwhileAndKeepsWhatWasTyped() throws Exception {
        UUID id = UUID.randomUUID();
        when(api.patch(any(), any(), eq("\"0\""), eq(Book.class), anyString(), any()))
                .thenThrow(new ApiProblem(412, "stale-revision", "Book changed meanwhile", "changed", List.of(), ""));
        var theirs = new Book(id, "Emma", null, List.of("Jane Austen"), "9780141439587", null, 1815, "en", List.of(),
                null, "Book club edition", 1);
        when(api.getVersioned(any(), eq(Book.class), anyString(), any())).thenReturn(new Api.Versioned<>(theirs, "\"1\""));

        String page = mvc.perform(post("/staff/catalogue/" + id).with(user("desk1").roles("LIBRARIAN")).with(csrf()).param("etag", "\"0\"")
                        .param("title", "Emma").param("authors", "Jane Austen").param("isbn", "9780141439587")
                        .param("edition", "First edition"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Someone else saved this record while you were editing it")
                .contains("Book club edition").contains("value=\"First edition\"").contains("value=\"&quot;1&quot;\"");
    }

    @Test
    void showsEachCopyWithAMoveAndARemoveOfItsOwnAndARefusalBesideIt() throws Exception {
        UUID id = UUID.randomUUID();
        var book = new Book(id, "Emma", null, List.of("Jane Austen"), "9780141439587", null, 1815, "en", List.of(),
                null, null, 1);
        when(api.get(any(), eq(Book.class), anyString(), any(Object[].class))).thenReturn(book);
        when(api.get(any(), eq(Copy[].class), anyString(), any(Object[].class))).thenReturn(new Copy[] {
                new Copy(UUID.randomUUID(), "C1", "823 AUS", "Main", null, null, null, "ON_LOAN",
                        java.time.LocalDate.of(2026, 12, 24), null)});

        String page = mvc.perform(get("/staff/catalogue/" + id).with(user("desk1").roles("LIBRARIAN"))
                        .flashAttr("copyRefused", "C1").flashAttr("copyRefusal", "Copy C1 is on loan and cannot be removed."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("aria-label=\"Move copy C1\"").contains("aria-label=\"Remove copy C1\"")
                .contains("/copies/C1/removal").contains("Copy C1 is on loan and cannot be removed.")
                .contains("Place a hold for a patron");
    }

    @Test
    void offersThePickupBranchesOnAHoldForAPatronAndSendsTheOneChosen() throws Exception {
        UUID id = UUID.randomUUID();
        var book = new Book(id, "Emma", null, List.of("Jane Austen"), "9780141439587", null, 1815, "en", List.of(),
                null, null, 1);
        when(api.get(any(), eq(Book.class), anyString(), any(Object[].class))).thenReturn(book);
        when(api.get(any(), eq(Copy[].class), anyString(), any(Object[].class))).thenReturn(new Copy[0]);
        when(api.get(any(), eq(Branch[].class), eq("/api/branches"))).thenReturn(new Branch[] {new Branch("East", "East Branch")});

        String page = mvc.perform(get("/staff/catalogue/" + id).with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<label for=\"pickupBranch\">Pick up at</label>")
                .contains("<option value=\"\">Where the copy comes back</option>")
                .contains("<option value=\"East\">East Branch</option>");

        mvc.perform(post("/staff/catalogue/" + id + "/holds").with(user("desk1").roles("LIBRARIAN")).with(csrf())
                .param("patronBarcode", "P1").param("pickupBranch", "East").param("key", "h1"))
                .andExpect(status().is3xxRedirection());
        org.mockito.Mockito.verify(api).post(any(), eq(java.util.Map.of("bookId", id, "patronBarcode", "P1",
                "pickupBranch", "East")), eq(Object.class), eq("h1"), eq("/api/holds"));
    }

    @Test
    void offersTheListedBranchesForACopyAndSendsItsBranchAndItemType() throws Exception {
        UUID id = UUID.randomUUID();
        var book = new Book(id, "Emma", null, List.of("Jane Austen"), "9780141439587", null, 1815, "en", List.of(),
                null, null, 1);
        when(api.get(any(), eq(Book.class), anyString(), any(Object[].class))).thenReturn(book);
        when(api.get(any(), eq(Copy[].class), anyString(), any(Object[].class))).thenReturn(new Copy[] {
                new Copy(UUID.randomUUID(), "C1", "823 AUS", "Fiction", null, "east", "dvd", "AVAILABLE", null, null),
                new Copy(UUID.randomUUID(), "C2", "823 AUS", "Fiction", null, "attic", null, "AVAILABLE", null, null)});
        when(api.get(any(), eq(Branch[].class), eq("/api/branches"))).thenReturn(new Branch[] {
                new Branch("main", "Main Library"), new Branch("east", "East Library")});

        String page = mvc.perform(get("/staff/catalogue/" + id).with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<td>East Library</td>").contains("<td>dvd</td>")
                .contains("<label for=\"branch\">Branch</label>").contains("<select id=\"branch\" name=\"branch\">")
                .contains("<option value=\"main\">Main Library</option>")
                .contains("<option value=\"east\" selected=\"selected\">East Library</option>")
                .as("a code the list does not have stays offered for its copy").contains("<option value=\"attic\" selected>attic</option>")
                .contains("<label for=\"itemType\">Item type</label>");

        mvc.perform(post("/staff/catalogue/" + id + "/copies").with(user("desk1").roles("LIBRARIAN")).with(csrf())
                .param("barcode", "C3").param("shelfMark", "").param("branch", "main").param("itemType", " book ")
                .param("key", "c3")).andExpect(status().is3xxRedirection());
        org.mockito.Mockito.verify(api).post(any(), eq(java.util.Map.of("barcode", "C3", "branch", "main",
                "itemType", "book")), eq(Copy.class), eq("c3"), eq("/api/books/{id}/copies"), eq(id));
    }
}
