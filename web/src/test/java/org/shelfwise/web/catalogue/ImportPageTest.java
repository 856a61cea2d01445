package org.shelfwise.web.catalogue;

import java.time.Instant;
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

/** The import job's page: it polls while the job runs, and shows the report once it ends. */
@SpringBootTest(properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class ImportPageTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Api api;

    @MockitoBean
    Tokens tokens;

    static ImportsController.Job job(String state, long bytes, List<ImportsController.Job.Problem> problems) {
        return new ImportsController.Job(UUID.randomUUID(), state, "csv", 2, new ImportsController.Job.Progress(2, 4L, bytes, 400),
                1, 0, 0, 0, problems.size(), 0, 0, 0, problems.size(), null, Instant.now(), null, problems);
    }

    @Test
    void pollsWhileTheJobRunsAndShowsHowFarItIs() throws Exception {
        var running = job("running", 100, List.of());
        when(api.get(any(), eq(ImportsController.Job.class), anyString(), any(Object[].class))).thenReturn(running);
        String page = mvc.perform(get("/staff/catalogue/imports/" + running.id()).header("HX-Request", "true")
                .with(user("desk1").roles("LIBRARIAN"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).startsWith("<section id=\"progress\"").contains("hx-trigger=\"every 1s\"").contains("value=\"25\"")
                .contains("25 % read").doesNotContain("??");
    }

    @Test
    void stopsPollingAndShowsTheRejectionReportWhenDone() throws Exception {
        var done = job("done", 400, List.of(new ImportsController.Job.Problem(2, "isbn", "isbn", "is not a valid ISBN", null, "rejected")));
        when(api.get(any(), eq(ImportsController.Job.class), anyString(), any(Object[].class))).thenReturn(done);
        String page = mvc.perform(get("/staff/catalogue/imports/" + done.id()).with(user("desk1").roles("LIBRARIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Import finished").contains("One record to look at").contains("is not a valid ISBN")
                .contains("report.csv").doesNotContain("hx-trigger").doesNotContain("??");
    }
}
