package org.shelfwise.system;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.shelfwise.driver.RunningSystem;
import org.shelfwise.embedded.testing.HttpJson;

/**
 * A browser test class of the staff client: the whole system, started once for the class, a headless Chromium, and
 * the administrator's API client that sets the library up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffBrowserTest {

    RunningSystem system;
    HttpJson api;
    Browser browser;
    Library library;
    final String run = UUID.randomUUID().toString().substring(0, 6);

    /** What this class's system runs with beyond the defaults. */
    Map<String, String> environment() {
        return Map.of();
    }

    @BeforeAll
    final void startSystemAndBrowser() throws Exception {
        // every sign-in of the browser comes from the web module's one address: room for a test class's few
        var environment = new HashMap<>(Map.of("RATE_LIMIT_SIGN_IN_PER_SECOND", "10", "RATE_LIMIT_SIGN_IN_BURST", "50"));
        environment.putAll(environment());
        system = RunningSystem.start(environment);
        api = system.adminGateway();
        browser = new Browser();
        library = new Library(api, run);
    }

    @AfterAll
    final void stopBrowserAndSystem() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (system != null) {
            system.close();
        }
    }

    void signIn(String username, String password) {
        browser.fieldLabelled("Username").sendKeys(username);
        browser.fieldLabelled("Password").sendKeys(password + "\n");
    }

    void signInAsAdmin() throws IOException {
        browser.open(system.staffUrl());
        signIn("admin", system.adminPassword());
        browser.awaitText("Signed in as admin");
    }
}
