package org.shelfwise.sip;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SIP2 server, the gateway it calls, the staff account it calls it as, and what it tells the kiosks.
 *
 * @param server        where kiosks connect, the character set they speak, when an idle one is dropped
 * @param gateway       the gateway's address and the bounds on each call
 * @param staff         the LIBRARIAN account every transaction is made as
 * @param institutionId the {@code AO} this library answers with
 * @param libraryName   the {@code AM} of the status answer
 * @param currency      the {@code BH} of fees (ISO 4217)
 * @param timeZone      the library's day: dates are sent in its local time
 */
@ConfigurationProperties("shelfwise.sip")
public record SipProperties(Server server, Gateway gateway, Staff staff, String institutionId, String libraryName,
                            String currency, ZoneId timeZone) {

    /** The TCP server kiosks connect to; over TLS when {@code tls} names a key store. */
    public record Server(String address, int port, Charset charset, Duration idleTimeout, int maxConnections,
                         Tls tls) {
    }

    /**
     * TLS on the SIP2 port ({@code SIP_TLS_KEY_STORE}: a PKCS #12 file with the server's key and certificate
     * chain, and its password); plain TCP when no key store is named.
     */
    public record Tls(String keyStore, String keyStorePassword) {

        public boolean enabled() {
            return keyStore != null && !keyStore.isBlank();
        }
    }

    /** The gateway: its base URL, the bounds on each call, and how many calls may be under way at once. */
    public record Gateway(URI url, Duration connectTimeout, Duration readTimeout, int maxConcurrentCalls) {
    }

    /** The staff account's credentials (from {@code SIP_STAFF_USERNAME} and {@code SIP_STAFF_PASSWORD}). */
    public record Staff(String username, String password) {
    }
}
