package org.shelfwise.sip.server;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.shelfwise.sip.SipClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SIP2 server over a real socket, with a gateway that does not answer (port 1, where nothing listens): what it answers
 * itself (login, status, resends, refusals) and that the connection survives whatever a kiosk sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "shelfwise.sip.server.port=0", "shelfwise.sip.gateway.url=http://127.0.0.1:1",
        "shelfwise.sip.staff.password=not used: the gateway never answers"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class SipServerIT {

    static final String PASSWORD = "a long terminal password";

    @LocalServerPort
    int httpPort;
    @Autowired
    SipServer server;
    String login;

    @BeforeEach
    void terminal() {
        login = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        var created = new HttpJson(httpPort, TestTokens.admin()).post("/api/sip-terminals",
                "{\"login\":\"%s\",\"password\":\"%s\",\"location\":\"Main / entrance\"}".formatted(login, PASSWORD));
        assertThat(created.status()).isEqualTo(201);
    }

    String loginMessage(String password) {
        return "9300CN" + login + "|CO" + password + "|CPMain|";
    }

    @Test
    void logsATerminalInAndAnswersItsStatusWithTheSupportedMessages() throws Exception {
        try (var kiosk = new SipClient(server.port())) {
            String loggedIn = kiosk.send(loginMessage(PASSWORD));
            assertThat(loggedIn).startsWith("941AY0AZ");
            assertThat(SipClient.checksumHolds(loggedIn)).isTrue();

            String status = kiosk.send("990 402.00");
            assertThat(status).startsWith("98YYYYNN");
            assertThat(status.substring(2 + 6 + 3 + 3 + 18, 2 + 6 + 3 + 3 + 18 + 4)).isEqualTo("2.00");
            Map<String, String> fields = SipClient.fields(status, 34);
            assertThat(fields.get("BX")).isEqualTo("YYYNYYYYYYYNNNYY");
            assertThat(fields.get("AN")).isEqualTo("Main / entrance");
            assertThat(SipClient.checksumHolds(status)).isTrue();
        }
    }

    @Test
    void refusesAWrongPasswordAndEveryMessageBeforeALogin() throws Exception {
        try (var kiosk = new SipClient(server.port())) {
            assertThat(kiosk.send(loginMessage("wrong password"))).startsWith("940");
            String checkout = kiosk.send("11YN20240101    12000020240101    120000AOx|AA123|AB456|AC|");
            assertThat(checkout).startsWith("120");
            assertThat(SipClient.fields(checkout, 22).get("AF")).contains("not logged in");
        }
    }

    @Test
    void asksAgainForAGarbledOrUnknownMessageAndTheConnectionGoesOn() throws Exception {
        try (var kiosk = new SipClient(server.port())) {
            kiosk.send(loginMessage(PASSWORD));
            assertThat(kiosk.sendRaw("990 402.00AY1AZFCB5")).startsWith("96");
            assertThat(kiosk.sendRaw("01N20240101    120000AOx|ALcard|AA1|AC|")).isEqualTo("96");
            assertThat(kiosk.sendRaw("garbage")).isEqualTo("96");
            assertThat(kiosk.sendRaw("x".repeat(20_000))).isEqualTo("96");
            // malformed: a check-out too short for its fixed fields gets a refused check-out
            String shortCheckout = kiosk.sendRaw("11YN2024");
            assertThat(shortCheckout).startsWith("120");
            assertThat(shortCheckout).contains("AF");
            assertThat(kiosk.send("990 402.00")).startsWith("98YYYY");
        }
    }

    @Test
    void resendsTheLastResponseByteForByteOnARequestForIt() throws Exception {
        try (var kiosk = new SipClient(server.port())) {
            kiosk.send(loginMessage(PASSWORD));
            String status = kiosk.send("990 402.00");
            assertThat(kiosk.sendRaw("97")).isEqualTo(status);
            assertThat(kiosk.send("97")).isEqualTo(status);
        }
    }

    @Test
    void answersATransactionTheLibraryCannotTakeWithTheRefusalInWords() throws Exception {
        try (var kiosk = new SipClient(server.port())) {
            kiosk.send(loginMessage(PASSWORD));
            String checkout = kiosk.send("11YN20240101    12000020240101    120000AOx|AA123|AB456|AC|");
            assertThat(checkout).startsWith("120");
            var fields = SipClient.fields(checkout, 22);
            assertThat(fields.get("AF")).contains("did not answer");
            assertThat(fields.get("AB")).isEqualTo("456");
            assertThat(fields.get("AA")).isEqualTo("123");
            String item = kiosk.send("1720240101    120000AOx|AB456|AC|");
            assertThat(item).startsWith("18");
        }
    }

    @Test
    void refusesADisabledTerminalsNextMessage() throws Exception {
        var admin = new HttpJson(httpPort, TestTokens.admin());
        try (var kiosk = new SipClient(server.port())) {
            kiosk.send(loginMessage(PASSWORD));
            String id = admin.get("/api/sip-terminals").body().valueStream()
                    .filter(t -> t.get("login").asString().equals(login)).findFirst().orElseThrow().get("id").asString();
            assertThat(admin.put("/api/sip-terminals/" + id + "/disabled", "", TestTokens.admin()).status()).isEqualTo(200);
            String status = kiosk.send("990 402.00");
            assertThat(status).startsWith("98NNNNNN");
            assertThat(kiosk.send(loginMessage(PASSWORD))).startsWith("940");
        }
    }
}
