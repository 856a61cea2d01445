package org.shelfwise.patrons.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Creates the first administrator, {@code admin}, on first start. Its password comes from
 * {@code SHELFWISE_ADMIN_PASSWORD} (the local launcher generates one and
 * passes it). There is no default password.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final int MIN_LENGTH = 12;

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final Clock clock;

    AdminBootstrap(Accounts accounts, PasswordEncoder passwords, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN)) {
            return;
        }
        String password = properties.adminPassword();
        if (password.isBlank()) {
            log.warn("No administrator yet: set SHELFWISE_ADMIN_PASSWORD to create the '{}' account", ADMIN);
            return;
        } else if (password.length() < MIN_LENGTH) {
            throw new IllegalStateException("SHELFWISE_ADMIN_PASSWORD must have at least " + MIN_LENGTH + " characters");
        }
        try {
            accounts.add(new Account(UUID.randomUUID(), ADMIN, passwords.encode(password),
                    Set.of(Role.ADMIN, Role.LIBRARIAN), null), clock.instant());
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            return;
        }
        log.info("Created the '{}' account", ADMIN);
    }
}
