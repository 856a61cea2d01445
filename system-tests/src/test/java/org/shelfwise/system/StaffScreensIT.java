package org.shelfwise.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff client's holds, administration and import screens in a real browser, each checked by axe-core, and the
 * idle session's end: the shared system signs a desk out after one minute without activity.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffScreensIT extends StaffBrowserTest {

    @BeforeAll
    void signInFirst() throws Exception {
        signInAsAdmin();
    }

    @Test
    @Order(1)
    void listsTheCopiesToPullInShelfOrderAndTheHoldShelf() {
        var waiting = library.register("Octavia Butler", "adult");
        var reader = library.register("Ursula Le Guin", "adult");
        String kindred = library.book("Kindred");
        String dawn = library.book("Dawn");
        String parable = library.book("Parable of the Sower");
        String kindredCopy = library.copy(kindred, "K", "813.54 BUT K");
        String dawnCopy = library.copy(dawn, "D", "813.54 BUT D");
        String parableCopy = library.copy(parable, "P", "813.54 BUT P");
        library.awaitCopiesKnown(kindredCopy, dawnCopy, parableCopy);
        library.lend(parableCopy, reader.card());
        library.placeHold(kindred, waiting.card());
        library.placeHold(dawn, waiting.card());
        library.placeHold(parable, waiting.card());
        assertThat(api.post("/api/checkins", "{\"itemBarcode\":\"" + parableCopy + "\"}").status()).isEqualTo(200);

        browser.open(system.staffUrl() + "/holds/pull-list");
        String pullList = browser.awaitText("copies to pull");
        assertThat(pullList).contains("813.54 BUT D").contains("813.54 BUT K").contains("Octavia Butler")
                .doesNotContain(parableCopy);
        assertThat(pullList.indexOf("813.54 BUT D")).as("in shelf order").isLessThan(pullList.indexOf("813.54 BUT K"));
        browser.assertAccessible("pull list");

        browser.click("The hold shelf");
        String shelf = browser.awaitText("Awaiting pickup");
        assertThat(shelf).contains(parableCopy).contains("Parable of the Sower").contains("Octavia Butler");
        browser.assertAccessible("hold shelf");
    }

    @Test
    @Order(2)
    void letsAnAdministratorManageStaffPoliciesAndTheCalendar() {
        browser.open(system.staffUrl() + "/checkout");
        browser.click("Administration");
        browser.awaitText("Staff accounts");
        browser.assertAccessible("administration");

        browser.click("Staff accounts");
        browser.fieldLabelled("Username").sendKeys("desk-" + run);
        browser.fieldLabelled("Password (at least 12 characters)").sendKeys("short");
        browser.click("Create the account");
        assertThat(browser.find("#password-error").getText()).as("the API's rule, beside the field").contains("12");
        browser.fieldLabelled("Password (at least 12 characters)").sendKeys("a desk password of ours");
        browser.click("Create the account");
        assertThat(browser.awaitText("Account desk-" + run + " was created.")).contains("LIBRARIAN");
        browser.assertAccessible("staff accounts");

        browser.open(system.staffUrl() + "/admin/policies");
        browser.awaitText("Define or change a policy");
        browser.fieldLabelled("Id").sendKeys("short-" + run);
        browser.fieldLabelled("Name").sendKeys("Short loan " + run);
        Map.of("Loan days", "7", "Renewals", "1", "Loans at once", "3", "Holds at once", "2", "Fine a day", "0.50",
                "Grace days", "0", "Highest fine", "5.00", "Pickup days", "3")
                .forEach((label, value) -> browser.fieldLabelled(label).sendKeys(value));
        browser.click("Save the policy");
        assertThat(browser.awaitText("Policy short-" + run + " was saved.")).contains("Short loan " + run);
        browser.assertAccessible("loan policies");
        assertThat(api.get("/api/policies/short-" + run).body().get("loanPeriodDays").asInt()).isEqualTo(7);

        browser.open(system.staffUrl() + "/admin/calendar");
        browser.setValue(browser.fieldLabelled("Day"), "2031-12-27");
        browser.fieldLabelled("Reason").sendKeys("Stocktaking " + run);
        browser.click("Close that day");
        assertThat(browser.awaitText("Closed on 27 Dec 2031.")).contains("Stocktaking " + run).contains("every branch");
        browser.assertAccessible("calendar");
        browser.click("Open again");
        assertThat(browser.awaitText("Open again on 27 Dec 2031.")).doesNotContain("Stocktaking " + run);
    }

    @Test
    @Order(3)
    void keepsAdministrationFromALibrarianWithAPageThatSaysWhy() throws Exception {
        assertThat(api.post("/api/staff", "{\"username\":\"lib-" + run
                + "\",\"password\":\"a librarian password\",\"roles\":[\"LIBRARIAN\"]}").status()).isEqualTo(201);
        signOut();
        signIn("lib-" + run, "a librarian password");
        assertThat(browser.awaitText("Signed in as lib-" + run)).doesNotContain("Administration");
        browser.open(system.staffUrl() + "/admin/staff");
        assertThat(browser.awaitText("Not allowed")).contains("This page is for administrators only");
        browser.assertAccessible("not allowed");

        browser.open(system.staffUrl() + "/checkout");
        signOut();
        signIn("admin", system.adminPassword());
        browser.awaitText("Signed in as admin");
    }

    @Test
    @Order(4)
    void importsACsvFileShowingItsProgressToTheEndAndTheRejectionReportThenExports() throws Exception {
        Path file = Files.createTempFile("import-", ".csv");
        Files.writeString(file, "isbn,title,authors,publicationYear\n"
                + Isbns.random() + ",Imported Emma " + run + ",Jane Austen,1815\n"
                + ",Imported Persuasion " + run + ",Jane Austen,eighteen seventeen\n"
                + Isbns.random() + ",Imported Sanditon " + run + ",Jane Austen|Another,1817\n");

        browser.open(system.staffUrl() + "/catalogue");
        browser.click("Import a file");
        browser.awaitText("Import records");
        browser.assertAccessible("import");
        browser.fieldLabelled("File to import").sendKeys(file.toString());
        browser.click("Import");
        browser.find("progress");
        String report = browser.awaitText("Import finished");
        assertThat(browser.find("progress").getDomProperty("value")).isEqualTo("100");
        assertThat(report).contains("One record to look at").contains("must be a whole number").contains("Rejected");
        browser.assertAccessible("import job");

        String export = browser.fetch(system.staffUrl() + "/catalogue/export?format=csv");
        assertThat(export).startsWith("isbn,title").contains("Imported Emma " + run).contains("Imported Sanditon " + run)
                .doesNotContain("Imported Persuasion " + run);
        Files.delete(file);
    }

    @Test
    @Order(5)
    void blocksAPatronWithAReasonLiftsItAndCancelsTheirHoldFromTheirRecord() {
        var patron = library.register("Mary Seacole", "adult");
        String book = library.book("Wonderful Adventures");
        String copy = library.copy(book, "S");
        library.awaitCopiesKnown(copy);
        library.placeHold(book, patron.card());

        browser.open(system.staffUrl() + "/patrons/" + patron.id());
        browser.awaitText("Mary Seacole");
        browser.click("Block");
        assertThat(browser.find("#block-error").getText()).as("the API's rule beside the reason field").isNotBlank();
        browser.fieldLabelled("Reason for a block").sendKeys("Library card reported stolen");
        browser.click("Block");
        assertThat(browser.awaitText("The patron is blocked from borrowing.")).contains("Library card reported stolen");
        browser.assertAccessible("patron record with a block");
        browser.click("Lift the block");
        browser.awaitText("The block was lifted.");

        assertThat(browser.text()).contains("Wonderful Adventures");
        browser.find("button[aria-label='Cancel the hold on Wonderful Adventures']").click();
        assertThat(browser.awaitText("The hold was cancelled.")).contains("No holds.");
    }

    @Test
    @Order(9)
    void endsASessionIdleForTheConfiguredTimeAndSaysSoPlainly() throws Exception {
        browser.open(system.staffUrl() + "/checkin");
        browser.awaitText("Check-in");
        // the configured minute without a request from this desk: time passing is the condition itself
        Thread.sleep(Duration.ofSeconds(65));
        browser.scan("Item barcode", "WEB-IDLE");
        browser.awaitText("Your session has ended: you were signed out after one minute without activity");
        assertThat(browser.driver.getCurrentUrl()).contains("/staff/sign-in");
        browser.assertAccessible("session ended");
    }

}
