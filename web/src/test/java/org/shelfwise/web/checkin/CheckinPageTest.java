package org.shelfwise.web.checkin;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.Branch;
import org.shelfwise.web.api.Patron;
import org.shelfwise.web.staff.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The check-in desk with the gateway's API replaced by a mock: the desk's branch, and a copy to send on. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class CheckinPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @MockitoBean
    Tokens tokens;

    @Test
    void sendsTheDesksBranchKeepsItChosenAndSaysWhereToSendACopyForAHoldCollectedElsewhere() throws Exception {
        var session = new MockHttpSession();
        UUID reader = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        when(api.get(any(), eq(Branch[].class), eq("/api/branches"))).thenReturn(new Branch[] {
                new Branch("East", "East Branch"), new Branch("Main", "Main Library")});
        when(api.get(any(), eq(Patron.class), anyString(), eq(waiting))).thenReturn(patron(waiting, "Ada Byron"));
        when(api.get(any(), eq(Patron.class), anyString(), eq(reader))).thenReturn(patron(reader, "Mary Shelley"));
        when(api.post(any(), eq(Map.of("itemBarcode", "C1", "branch", "Main")), eq(CheckinController.CheckedIn.class),
                eq("k1"), eq("/api/checkins"))).thenReturn(new CheckinController.CheckedIn("C1", "Emma", reader, "P1",
                null, null, new CheckinController.CheckedIn.Transit(waiting, "P2", "East")));

        mvc.perform(post("/staff/checkin").session(session).with(user("desk1").roles("LIBRARIAN")).with(csrf())
                .param("itemBarcode", "C1").param("branch", "Main").param("key", "k1"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/staff/checkin").session(session).with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        verify(api).post(any(), eq(Map.of("itemBarcode", "C1", "branch", "Main")), eq(CheckinController.CheckedIn.class),
                eq("k1"), eq("/api/checkins"));
        assertThat(page).contains("In transit: send to East Branch, for Ada Byron").contains("from Mary Shelley")
                .contains("<option value=\"Main\" selected=\"selected\">Main Library</option>");
    }

    private static Patron patron(UUID id, String name) {
        return new Patron(id, "P-" + name, name, null, null, null, null, "adult", null, "ACTIVE", null);
    }
}
