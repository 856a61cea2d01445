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
 * passes it). There is no default password. Likewise {@code sip}, a LIBRARIAN account for the SIP2 service, when
 * {@code SHELFWISE_SIP_STAFF_PASSWORD} is set.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    static final String SIP = "sip";
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
        if (!accounts.exists(ADMIN) && properties.adminPassword().isBlank()) {
            log.warn("No administrator yet: set SHELFWISE_ADMIN_PASSWORD to create the '{}' account", ADMIN);
        }
        create(ADMIN, properties.adminPassword(), "SHELFWISE_ADMIN_PASSWORD", Set.of(Role.ADMIN, Role.LIBRARIAN));
        create(SIP, properties.sipStaffPassword(), "SHELFWISE_SIP_STAFF_PASSWORD", Set.of(Role.LIBRARIAN));
    }

    private void create(String username, String password, String variable, Set<Role> roles) {
        if (password.isBlank() || accounts.exists(username)) {
            return;
        } else if (password.length() < MIN_LENGTH) {
            throw new IllegalStateException(variable + " must have at least " + MIN_LENGTH + " characters");
        }
        try {
            accounts.add(new Account(UUID.randomUUID(), username, passwords.encode(password), roles, null),
                    clock.instant());
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            return;
        }
        log.info("Created the '{}' account", username);
    }
}
