package org.shelfwise.sip.server;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** SIP2 over TLS: a kiosk that trusts the server's certificate logs in; one speaking plain TCP gets nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "shelfwise.sip.server.port=0")
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class SipTlsIT {

    static final String STORE_PASSWORD = "a key store password";
    static final Path KEY_STORE = keyStore();

    @LocalServerPort
    int httpPort;
    @Autowired
    SipServer server;

    /** A self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
    static Path keyStore() {
        try {
            Path dir = Files.createTempDirectory("sip-tls");
            Path store = dir.resolve("sip.p12");
            var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            int exit = new ProcessBuilder(keytool, "-genkeypair", "-alias", "sip", "-keyalg", "EC", "-dname",
                    "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", STORE_PASSWORD).inheritIO().start().waitFor();
            assertThat(exit).isZero();
            return store;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry properties) {
        properties.add("shelfwise.sip.server.tls.key-store", KEY_STORE::toString);
        properties.add("shelfwise.sip.server.tls.key-store-password", () -> STORE_PASSWORD);
    }

    @Test
    void logsAKioskInOverTlsAndRefusesPlainTcp() throws Exception {
        String login = "tls-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new HttpJson(httpPort, TestTokens.admin()).post("/api/sip-terminals",
                "{\"login\":\"%s\",\"password\":\"a long terminal password\",\"location\":\"Branch\"}".formatted(login))
                .status()).isEqualTo(201);

        var trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEY_STORE)) {
            trusted.load(in, STORE_PASSWORD.toCharArray());
        }
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        try (var socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("9300CN" + login + "|COa long terminal password|\r")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = new ByteArrayOutputStream();
            int b;
            while ((b = socket.getInputStream().read()) != '\r' && b != -1) {
                answer.write(b);
            }
            assertThat(answer.toString(StandardCharsets.US_ASCII)).isEqualTo("941");
            assertThat(socket.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
        }

        try (var plain = new java.net.Socket("127.0.0.1", server.port())) {
            plain.setSoTimeout(30_000);
            plain.getOutputStream().write(("9300CN" + login + "|COa long terminal password|\r")
                    .getBytes(StandardCharsets.US_ASCII));
            // the server reads no TLS handshake in it, and closes the connection without a SIP2 answer
            byte[] reply = plain.getInputStream().readAllBytes();
            assertThat(new String(reply, StandardCharsets.ISO_8859_1)).doesNotContain("94");
        }
    }
}
