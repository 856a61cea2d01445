package org.shelfwise.patrons.identity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How sign-in behaves.
 *
 * @param issuer              the {@code iss} of every token; resource servers accept only this issuer
 * @param accessTokenTtl      how long an access token lives (15 minutes at most)
 * @param refreshTokenTtl     how long a refresh token lives unless used or revoked
 * @param freeFailures        failed sign-ins allowed before each further attempt is slowed down
 * @param lockoutAfter        failed sign-ins in a row that lock the account
 * @param lockout             how long a locked account stays locked
 * @param adminPassword       the bootstrap admin's password ({@code SHELFWISE_ADMIN_PASSWORD}); empty: no admin
 * @param sipStaffPassword    the password of {@code sip}, the LIBRARIAN account the SIP2 service works as
 *                            ({@code SHELFWISE_SIP_STAFF_PASSWORD}); empty: no such account is created
 */
@ConfigurationProperties("shelfwise.identity")
@Validated
public record IdentityProperties(
        @DefaultValue("shelfwise") @NotBlank String issuer,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("14d") Duration refreshTokenTtl,
        @DefaultValue("3") @Min(0) int freeFailures,
        @DefaultValue("10") @Min(1) int lockoutAfter,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("") String adminPassword,
        @DefaultValue("") String sipStaffPassword) {

    @AssertTrue(message = "access tokens may live 15 minutes at most")
    boolean isAccessTokenShortLived() {
        return accessTokenTtl.compareTo(Duration.ofMinutes(15)) <= 0 && !accessTokenTtl.isNegative();
    }
}
