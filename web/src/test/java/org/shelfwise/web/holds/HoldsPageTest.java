package org.shelfwise.web.holds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.web.api.Api;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The holds screens' order and wording, with the gateway's API replaced by a mock. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class HoldsPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @MockitoBean
    Tokens tokens;

    @Test
    void listsTheCopiesToPullInShelfOrderWithTheirShelfMarks() throws Exception {
        UUID emma = UUID.randomUUID();
        UUID dune = UUID.randomUUID();
        when(api.get(any(), eq(HoldsController.ToPull[].class), anyString())).thenReturn(new HoldsController.ToPull[] {
                new HoldsController.ToPull(UUID.randomUUID(), emma, "Emma", UUID.randomUUID(), "2001", "Ada", Instant.now(), List.of("E1")),
                new HoldsController.ToPull(UUID.randomUUID(), dune, "Dune", UUID.randomUUID(), "2002", "Bob", Instant.now(), List.of("D1"))});
        when(api.get(any(), eq(HoldsController.Shelved[].class), anyString(), eq(emma))).thenReturn(
                new HoldsController.Shelved[] {new HoldsController.Shelved("E1", "823 AUS", "Main", "AVAILABLE")});
        when(api.get(any(), eq(HoldsController.Shelved[].class), anyString(), eq(dune))).thenReturn(
                new HoldsController.Shelved[] {new HoldsController.Shelved("D1", "813 HER", "Main", "AVAILABLE")});

        String page = mvc.perform(get("/staff/holds/pull-list").with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2 copies to pull").contains("813 HER").contains("823 AUS");
        assertThat(page.indexOf("813 HER")).as("in shelf order").isLessThan(page.indexOf("823 AUS"));
    }

    @Test
    void separatesTheCopiesToClearFromThoseAwaitingPickup() throws Exception {
        when(api.get(any(), eq(HoldsController.OnShelf[].class), anyString())).thenReturn(new HoldsController.OnShelf[] {
                new HoldsController.OnShelf(UUID.randomUUID(), UUID.randomUUID(), "Emma", UUID.randomUUID(), "2001", "Ada",
                        "E1", LocalDate.now().minusDays(1), true),
                new HoldsController.OnShelf(UUID.randomUUID(), UUID.randomUUID(), "Dune", UUID.randomUUID(), "2002", "Bob",
                        "D1", LocalDate.now().plusDays(3), false)});

        String page = mvc.perform(get("/staff/holds/shelf").with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("To clear: past their pickup date (1)").contains("Awaiting pickup (1)")
                .contains("(not collected in time)");
        assertThat(page.indexOf("Emma")).isLessThan(page.indexOf("Awaiting pickup"));
        assertThat(page.indexOf("Dune")).isGreaterThan(page.indexOf("Awaiting pickup"));
    }
}
