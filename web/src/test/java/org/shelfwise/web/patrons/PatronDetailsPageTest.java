package org.shelfwise.web.patrons;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Category;
import org.shelfwise.web.api.Patron;
import org.shelfwise.web.staff.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

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

/** A patron's details edited: the form, a stale edit shown beside the newer version, a refusal beside its field. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class PatronDetailsPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @MockitoBean
    Tokens tokens;

    final UUID id = UUID.randomUUID();

    Patron named(String name) {
        return new Patron(id, "21234000000017", name, "ada@example.org", null, null, null, "adult",
                LocalDate.now().plusYears(1), "ACTIVE", null);
    }

    @Test
    void showsTheDetailsFormWithTheETagItWasReadAt() throws Exception {
        when(api.getVersioned(any(), eq(Patron.class), anyString(), eq(id))).thenReturn(new Api.Versioned<>(named("Ada Lovelace"), "\"3\""));
        when(api.get(any(), eq(Category[].class), anyString())).thenReturn(new Category[] {new Category("adult", "Adult", 20, 10, null)});

        String page = mvc.perform(get("/staff/patrons/" + id + "/edit").with(user("desk").roles("LIBRARIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"Ada Lovelace\"").contains("value=\"&quot;3&quot;\"").contains("<label for=\"name\"");
    }

    @Test
    void aStaleEditIsShownBesideTheNewerVersionWithWhatWasTypedKept() throws Exception {
        when(api.getVersioned(any(), eq(Patron.class), anyString(), eq(id)))
                .thenReturn(new Api.Versioned<>(named("Ada King"), "\"4\""));
        when(api.get(any(), eq(Category[].class), anyString())).thenReturn(new Category[0]);
        when(api.put(any(), any(), eq("\"3\""), eq(Patron.class), anyString(), eq(id))).thenThrow(
                new ApiProblem(412, "stale-revision", "Patron changed meanwhile", "The patron is at version \"4\".", List.of(), ""));

        String page = mvc.perform(post("/staff/patrons/" + id + "/details").with(user("desk").roles("LIBRARIAN")).with(csrf())
                        .param("name", "Ada Byron").param("email", "ada@example.org").param("category", "adult")
                        .param("etag", "\"3\""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("saved this patron&#39;s details meanwhile").contains("Ada King")
                .contains("value=\"Ada Byron\"").contains("value=\"&quot;4&quot;\"").contains("Save mine over theirs");
    }

    @Test
    void aRefusedFieldIsNamedBesideIt() throws Exception {
        when(api.getVersioned(any(), eq(Patron.class), anyString(), eq(id))).thenReturn(new Api.Versioned<>(named("Ada"), "\"1\""));
        when(api.get(any(), eq(Category[].class), anyString())).thenReturn(new Category[0]);
        when(api.put(any(), any(), eq("\"1\""), eq(Patron.class), anyString(), eq(id))).thenThrow(
                new ApiProblem(400, "validation", "Invalid request", "One field is invalid.",
                        List.of(new ApiProblem.FieldError("email", "Email", "must be a well-formed email address")), ""));

        String page = mvc.perform(post("/staff/patrons/" + id + "/details").with(user("desk").roles("LIBRARIAN")).with(csrf())
                        .param("name", "Ada").param("email", "nope").param("category", "adult").param("etag", "\"1\""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"email-error\"").contains("must be a well-formed email address")
                .contains("aria-invalid=\"true\"");
    }
}
