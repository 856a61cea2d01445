package org.shelfwise.system;

import java.time.Duration;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The staff client at /staff, driven in a real browser through the gateway as a librarian works the desk: the
 * keyboard only, a barcode scanner typing digits and Enter. Every screen is checked by axe-core as well.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffClientIT extends StaffBrowserTest {

    @Test
    @Order(1)
    void refusesAPatronsCredentialsWithAPlainMessage() {
        var patron = api.post("/api/patrons", "{\"name\":\"Pat Reader\",\"email\":\"pat." + run
                + "@example.org\",\"password\":\"a long password of hers\"}");
        assertThat(patron.status()).isEqualTo(201);

        browser.open(system.staffUrl());
        browser.awaitText("Staff sign-in");
        browser.assertAccessible("sign-in");
        signIn(patron.field("barcode"), "a long password of hers");
        browser.awaitText("This is a patron's account");
        assertThat(browser.driver.getCurrentUrl()).contains("/staff/sign-in");
    }

    @Test
    @Order(2)
    void signsStaffInAndOpensTheCheckOutDeskWithTheCardFieldFocused() throws Exception {
        signIn("admin", system.adminPassword());
        browser.awaitText("Signed in as admin");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/staff/checkout");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("patronBarcode");
        browser.assertAccessible("check-out");
        // the tokens stay on the server: the browser holds nothing but the session cookie
        assertThat(browser.driver.manage().getCookies()).extracting(cookie -> cookie.getName())
                .containsExactly("SHELFWISE_STAFF");
        assertThat(browser.driver.manage().getCookieNamed("SHELFWISE_STAFF").isHttpOnly()).isTrue();
    }

    @Test
    @Order(3)
    void checksOutThreeCopiesOneRefusedAndOneLentOverTheLimitWithAReason() {
        // a category that allows one loan, and a second patron of it to learn when circulation applies its limit
        assertThat(api.put("/api/patron-categories/one-loan",
                "{\"name\":\"One loan\",\"maxOpenLoans\":1,\"maxHolds\":5,\"maxFineBalance\":10.00,\"cardValidityMonths\":12}")
                .status()).isIn(200, 201);
        var borrower = library.register("Ada Lovelace", "one-loan");
        var other = library.register("Charles Babbage", "one-loan");
        String book = library.book("Notes on the Analytical Engine");
        String first = library.copy(book, "A");
        String second = library.copy(book, "B");
        String elsewhere = library.copy(book, "X");
        String probe = library.copy(book, "Y");
        library.awaitCopiesKnown(first, second, elsewhere, probe);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.post("/api/checkouts", Library.checkOut(elsewhere, other.card())).status() == 201);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var loan = api.post("/api/checkouts", Library.checkOut(probe, other.card()));
            if (loan.status() == 201) {
                api.post("/api/checkins", "{\"itemBarcode\":\"" + probe + "\"}");
            }
            return loan.status() == 409 && loan.field("type").endsWith("loan-limit-reached");
        });
        library.awaitPatronKnown(borrower.card());

        browser.open(system.staffUrl() + "/checkout");
        browser.scan("Patron card", borrower.card());
        String banner = browser.awaitText("Ada Lovelace");
        assertThat(banner).contains("One loan").contains("0 of 1 allowed");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("itemBarcode");

        // a copy lent to someone else: refused, and no override could change that
        browser.scan("Item barcode", elsewhere);
        assertThat(browser.awaitText("Copy " + elsewhere + " is already on loan.")).contains("✗ Refused")
                .doesNotContain("Override…");
        assertThat(browser.find("#live").getDomProperty("textContent")).startsWith("Refused, " + elsewhere);
        assertThat(browser.focused().getDomAttribute("id")).as("focus is back where the next scan goes").isEqualTo("itemBarcode");

        browser.scan("Item barcode", first);
        assertThat(browser.awaitText("✓ Lent")).contains("Notes on the Analytical Engine").contains("1 of 1 allowed");
        assertThat(browser.find("#live").getDomProperty("textContent")).startsWith("Lent: Notes on the Analytical Engine, due");

        // over the category's limit: refused in words, and a librarian may lend it anyway, giving a reason
        browser.scan("Item barcode", second);
        browser.awaitText("Override…");
        assertThat(browser.find("#live").getDomProperty("textContent")).startsWith("Refused, " + second);
        browser.assertAccessible("check-out with a patron");
        browser.click("Override…");
        browser.focused().sendKeys("Researcher on a visit from abroad\n");
        assertThat(browser.awaitText("Override: Researcher on a visit from abroad")).contains("2 of 1 allowed");

        browser.click("Done");
        String receipt = browser.awaitText("Loans receipt");
        assertThat(receipt).contains(first).contains(second).doesNotContain(elsewhere);
        browser.assertAccessible("receipt");

        var loans = api.get("/api/loans?patronId=" + borrower.id() + "&open=true");
        assertThat(loans.body().get("content").size()).as("each scan lent once").isEqualTo(2);
    }

    @Test
    @Order(4)
    void checksInACopyAHoldWaitsForAndSaysItGoesToTheHoldShelf() {
        var reader = library.register("Mary Shelley", "adult");
        var waiting = library.register("Percy Shelley", "adult");
        String book = library.book("Frankenstein");
        String copy = library.copy(book, "F");
        library.awaitCopiesKnown(copy);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.post("/api/checkouts", Library.checkOut(copy, reader.card())).status() == 201);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.post("/api/holds",
                "{\"bookId\":\"" + book + "\",\"patronBarcode\":\"" + waiting.card() + "\"}").status() == 201);

        browser.open(system.staffUrl() + "/checkin");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("itemBarcode");
        browser.scan("Item barcode", copy);
        String page = browser.awaitText("Hold shelf: for Percy Shelley, pick up by");
        assertThat(page).contains("Frankenstein").contains("from Mary Shelley");
        assertThat(browser.find("#live").getDomProperty("textContent")).startsWith("Hold shelf: for Percy Shelley");
        browser.assertAccessible("check-in");

        browser.scan("Item barcode", copy);
        browser.awaitText("Copy " + copy + " is not on loan.");

        browser.open(browser.find("a[href$='/slip']").getDomProperty("href"));
        assertThat(browser.awaitText("Percy Shelley")).contains(waiting.card()).contains("Frankenstein");
        browser.assertAccessible("hold slip");
    }

    @Test
    @Order(5)
    void registersAPatronAndShowsTheCardReadyToPrintThenFindsThemByName() {
        browser.open(system.staffUrl() + "/patrons/new");
        browser.awaitText("Register a patron");
        browser.assertAccessible("register a patron");
        browser.fieldLabelled("Name").sendKeys("Grace Hopper");
        // an address the browser lets through and the API refuses (no domain that can receive mail)
        browser.fieldLabelled("Email").sendKeys("grace@localhost");
        browser.click("Register");
        // the API's refusal, in words, beside the field it concerns
        assertThat(browser.find("#email-error").getText()).isNotBlank();
        browser.fieldLabelled("Email").clear();
        browser.fieldLabelled("Email").sendKeys("grace." + run + "@example.org");
        browser.click("Register");
        browser.awaitText("Registered: the new library card");
        String card = browser.find(".card-barcode").getText();
        assertThat(card).matches("\\d{14}");
        browser.assertAccessible("patron record");

        browser.open(system.staffUrl() + "/patrons");
        browser.scan("Name, card or email", "Grace Hopper");
        assertThat(browser.awaitText("Grace Hopper")).contains(card);
        browser.assertAccessible("find patrons");
    }

    @Test
    @Order(6)
    void showsAStaleEditOfARecordAsAConflictBesideTheOtherVersionAndLosesNeither() throws Exception {
        String book = library.book("The Dispossessed");
        browser.open(system.staffUrl() + "/catalogue/" + book);
        browser.awaitText("The Dispossessed");
        browser.assertAccessible("catalogue record");
        browser.click("Edit the record");
        browser.fieldLabelled("Edition").sendKeys("First edition");

        // meanwhile a colleague saves another edition
        var current = api.get("/api/books/" + book);
        assertThat(patch("/api/books/" + book, "{\"edition\":\"Book club edition\"}",
                "\"" + current.body().get("version").asLong() + "\"")).isEqualTo(200);

        browser.click("Save");
        String conflict = browser.awaitText("Someone else saved this record while you were editing it");
        assertThat(conflict).contains("Book club edition").contains("First edition");
        assertThat(browser.fieldLabelled("Edition").getDomProperty("value")).as("what was typed is kept").isEqualTo("First edition");
        browser.assertAccessible("edit conflict");
        assertThat(api.get("/api/books/" + book).field("edition")).as("theirs is not lost").isEqualTo("Book club edition");

        browser.click("Save mine over theirs");
        browser.awaitText("Saved.");
        assertThat(api.get("/api/books/" + book).field("edition")).isEqualTo("First edition");

        // each catalog instance's search index learns of the new record from its events
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open(system.staffUrl() + "/catalogue?q=Dispossessed");
            return browser.find("main").getText().contains("The Dispossessed");
        });
        browser.assertAccessible("catalogue search");
    }

    @Test
    @Order(9)
    void signsOutAndTheNextPageAsksForASignInAgain() {
        browser.open(system.staffUrl() + "/checkout");
        browser.click("Sign out");
        browser.awaitText("You have signed out.");
        browser.open(system.staffUrl() + "/checkin");
        browser.awaitText("Staff sign-in");
        assertThat(browser.driver.getCurrentUrl()).contains("/staff/sign-in");
    }

    /** A merge patch at the version named, as another staff member's client would send it. */
    private int patch(String path, String body, String etag) throws Exception {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(system.baseUrl() + path))
                    .header("Authorization", "Bearer " + api.accessToken())
                    .header("Content-Type", "application/merge-patch+json").header("If-Match", etag)
                    .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

}
