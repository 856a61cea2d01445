package org.shelfwise.system;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfwise.driver.RunningSystem;
import org.shelfwise.embedded.testing.HttpJson;

/**
 * A browser test class of the staff client: the whole system (the one the system test classes share), a headless
 * Chromium of the class's own, and the administrator's API client that sets the library up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedSystem.class)
abstract class StaffBrowserTest {

    RunningSystem system;
    HttpJson api;
    Browser browser;
    Library library;
    final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    final void startBrowser(RunningSystem shared) throws Exception {
        system = shared;
        api = system.adminGateway();
        browser = new Browser();
        library = new Library(api, run);
    }

    @AfterAll
    final void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    void signIn(String username, String password) {
        browser.fieldLabelled("Username").sendKeys(username);
        browser.fieldLabelled("Password").sendKeys(password + "\n");
    }

    /** Signs out and waits for the page that says so: a sign-in typed before it would land on the page left. */
    void signOut() {
        browser.click("Sign out");
        browser.awaitText("You have signed out.");
    }

    void signInAsAdmin() throws IOException {
        browser.open(system.staffUrl());
        signIn("admin", system.adminPassword());
        browser.awaitText("Signed in as admin");
    }
}
