package org.shelfwise.system;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;
import org.shelfwise.embedded.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A patron's details edited (a stale edit shown beside the version saved meanwhile, never lost) and their card
 * renewed; staff accounts' roles changed, disabled and enabled, and a password reset; a copy added at a branch
 * chosen from the library's list: in a real browser, each page checked by axe-core.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffRecordsIT extends StaffBrowserTest {

    @BeforeAll
    void signInFirst() throws Exception {
        signInAsAdmin();
    }

    @Test
    @Order(1)
    void editsAPatronsDetailsAndShowsAStaleEditBesideTheVersionSavedMeanwhile() {
        var patron = library.register("Mary Anning", "adult");
        browser.open(system.staffUrl() + "/patrons/" + patron.id());
        browser.awaitText("Mary Anning");
        browser.click("Edit details");
        browser.awaitText("Edit the details of Mary Anning");
        browser.assertAccessible("patron details form");

        // another desk saves first, from its own reading of the record
        editThroughTheApi(patron.id(), "Mary Anning of Lyme");
        var name = browser.fieldLabelled("Name");
        name.clear();
        name.sendKeys("Mary Anning FGS");
        browser.fieldLabelled("Phone (optional)").sendKeys("+44 1297 000000");
        browser.click("Save the details");

        String conflict = browser.awaitText("Someone else saved this patron's details meanwhile");
        assertThat(conflict).contains("Mary Anning of Lyme");
        assertThat(browser.fieldLabelled("Name").getDomProperty("value")).as("what was typed is kept")
                .isEqualTo("Mary Anning FGS");
        assertThat(api.get("/api/patrons/" + patron.id()).field("name")).as("theirs is not overwritten")
                .isEqualTo("Mary Anning of Lyme");
        browser.assertAccessible("patron details conflict");

        browser.click("Save mine over theirs");
        assertThat(browser.awaitText("The details were saved.")).contains("Mary Anning FGS").contains("+44 1297 000000");
        assertThat(api.get("/api/patrons/" + patron.id()).field("name")).isEqualTo("Mary Anning FGS");
    }

    @Test
    @Order(2)
    void renewsAPatronsCardForTheCategorysPeriod() {
        var patron = library.register("Caroline Herschel", "student");
        var expiry = LocalDate.parse(api.get("/api/patrons/" + patron.id()).field("cardExpiresOn"));
        browser.open(system.staffUrl() + "/patrons/" + patron.id());
        browser.awaitText("Caroline Herschel");

        browser.click("Renew card");

        browser.awaitText("The card was renewed");
        assertThat(LocalDate.parse(api.get("/api/patrons/" + patron.id()).field("cardExpiresOn")))
                .as("a student's card runs twelve months more").isEqualTo(expiry.plusMonths(12));
        browser.assertAccessible("patron record with a renewed card");
    }

    @Test
    @Order(3)
    void changesAStaffAccountsRolesDisablesEnablesItAndResetsItsPassword() throws Exception {
        String desk = "desk-" + run;
        assertThat(api.post("/api/staff", "{\"username\":\"" + desk
                + "\",\"password\":\"a desk password of ours\",\"roles\":[\"LIBRARIAN\"]}").status()).isEqualTo(201);
        browser.open(system.staffUrl() + "/admin/staff");
        browser.awaitText(desk);

        browser.find("#account-" + desk + " input[value='ADMIN']").click();
        browser.find("button[aria-label='Save the roles of " + desk + "']").click();
        assertThat(browser.awaitText("The roles of " + desk + " were changed.")).contains(desk + " ADMIN, LIBRARIAN");
        browser.assertAccessible("staff accounts after a change");

        browser.find("button[aria-label='Disable " + desk + "']").click();
        browser.awaitText(desk + " is disabled");
        assertThat(signInThroughTheApi(desk, "a desk password of ours")).as("a disabled account signs in as nobody")
                .isEqualTo(401);
        browser.find("button[aria-label='Enable " + desk + "']").click();
        browser.awaitText(desk + " is enabled again.");

        browser.fieldLabelled("New password for " + desk + " (at least 12 characters)").sendKeys("short");
        browser.find("button[aria-label='Reset the password of " + desk + "']").click();
        assertThat(browser.find("#account-" + desk + " .problem").getText()).as("the API's rule beside the account")
                .contains("12");
        browser.fieldLabelled("New password for " + desk + " (at least 12 characters)").sendKeys("a brand new password");
        browser.find("button[aria-label='Reset the password of " + desk + "']").click();
        browser.awaitText("The password of " + desk + " was reset");
        assertThat(signInThroughTheApi(desk, "a desk password of ours")).isEqualTo(401);
        assertThat(signInThroughTheApi(desk, "a brand new password")).isEqualTo(200);

        signOut();
        signIn(desk, "a brand new password");
        browser.awaitText("Signed in as " + desk);
        signOut();
        signIn("admin", system.adminPassword());
        browser.awaitText("Signed in as admin");
    }

    @Test
    @Order(4)
    void refusesToDisableTheOnlyAdministratorInWords() throws Exception {
        for (var member : api.get("/api/staff").body()) {
            boolean admin = member.get("roles").valueStream().anyMatch(r -> r.asString().equals("ADMIN"));
            if (admin && member.get("enabled").asBoolean() && !member.get("username").asString().equals("admin")) {
                api.put("/api/staff/" + member.get("id").asString() + "/disabled", "{}");
            }
        }
        browser.open(system.staffUrl() + "/admin/staff");
        browser.find("button[aria-label='Disable admin']").click();
        assertThat(browser.find("#account-admin .problem").getText()).contains("last enabled administrator");
        browser.assertAccessible("staff accounts with a refusal");
    }

    @Test
    @Order(5)
    void addsACopyAtABranchChosenFromTheLibrarysListWithItsItemType() {
        // the demo library's branches (a system started with demo data has them already)
        for (String[] branch : new String[][] {{"main", "Main Library"}, {"east", "East Library"}}) {
            assertThat(api.put("/api/branches/" + branch[0], "{\"name\":\"" + branch[1] + "\"}").status()).isEqualTo(200);
        }
        String book = library.book("The Left Hand of Darkness");
        String barcode = "WEBBR" + run;
        browser.open(system.staffUrl() + "/catalogue/" + book);
        browser.awaitText("Add a copy");
        browser.fieldLabelled("Barcode").sendKeys(barcode);
        new Select(browser.fieldLabelled("Branch")).selectByVisibleText("East Library");
        browser.fieldLabelled("Item type").sendKeys("dvd");
        browser.find("form[action$='/copies'] button[type='submit']").click();

        assertThat(browser.awaitText("Copy " + barcode + " was added.")).contains("East Library").contains("dvd");
        var copy = api.get("/api/copies/" + barcode);
        assertThat(copy.field("branch")).isEqualTo("east");
        assertThat(copy.field("itemType")).isEqualTo("dvd");
        browser.assertAccessible("catalogue record with a copy at a branch");
    }

    private void editThroughTheApi(String id, String name) {
        var read = api.get("/api/patrons/" + id);
        var edit = api.header("If-Match", read.etag()).put("/api/patrons/" + id, "{\"name\":\"" + name
                + "\",\"email\":\"" + read.field("email") + "\",\"category\":\"adult\"}");
        assertThat(edit.status()).as(edit.text()).isEqualTo(200);
    }

    private int signInThroughTheApi(String username, String password) {
        return HttpJson.at(system.baseUrl()).post("/api/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").status();
    }

}
