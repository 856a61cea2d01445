package org.shelfwise.platform.errors;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat's error report for what it refuses before any servlet runs (an encoded NUL or slash in the path, a
 * request line or headers over the limit, CONNECT), written as {@code application/problem+json} instead of
 * Tomcat's HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // the reporter is null once anything else has started the body
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(ErrorProblems.of(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client has gone or the response cannot be written any more: nothing left to tell
        }
    }
}
