package org.shelfwise.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not a test: regenerates docs/screenshots/, one PNG a screen at a 1280x800 viewport, from a running system with
 * the demo library. Run only when asked ({@code -Dshelfwise.screenshots=true}; see docs/staff-client.md).
 */
@EnabledIfSystemProperty(named = "shelfwise.screenshots", matches = "true")
class StaffScreenshotsIT extends StaffBrowserTest {

    static final Path OUT = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("screenshots");

    @BeforeAll
    void atAScreensSize() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(1280, 800));
        Files.createDirectories(OUT);
    }

    @Test
    void takesOneScreenshotOfEachScreen() throws Exception {
        browser.open(system.staffUrl());
        browser.awaitText("Staff sign-in");
        shoot("sign-in");
        browser.fieldLabelled("Username").sendKeys("admin");
        browser.fieldLabelled("Password").sendKeys(system.adminPassword() + "\n");
        browser.awaitText("Signed in as admin");

        var reader = library.register("Mary Shelley", "adult");
        var waiting = library.register("Percy Shelley", "adult");
        String book = library.book("Frankenstein; or, The Modern Prometheus");
        String lent = library.copy(book, "F1", "823.7 SHE");
        String onShelf = library.copy(book, "F2", "823.7 SHE");
        String other = library.book("The Last Man");
        String otherCopy = library.copy(other, "L1", "823.7 SHE L");
        library.awaitCopiesKnown(lent, onShelf, otherCopy);
        library.awaitPatronKnown(reader.card());

        browser.open(system.staffUrl() + "/checkout");
        browser.scan("Patron card", reader.card());
        browser.awaitText("Mary Shelley");
        browser.scan("Item barcode", lent);
        browser.awaitText("✓ Lent");
        shoot("check-out");
        browser.click("Done");
        browser.awaitText("Loans receipt");
        shoot("receipt");

        library.placeHold(book, waiting.card());
        library.placeHold(other, waiting.card());
        browser.open(system.staffUrl() + "/holds/pull-list");
        browser.awaitText("to pull");
        shoot("pull-list");

        browser.open(system.staffUrl() + "/checkin");
        browser.scan("Item barcode", lent);
        browser.awaitText("Hold shelf: for");
        shoot("check-in");
        browser.open(system.staffUrl() + "/holds/shelf");
        browser.awaitText("Awaiting pickup");
        shoot("hold-shelf");

        browser.open(system.staffUrl() + "/patrons/" + waiting.id());
        browser.awaitText("Percy Shelley");
        shoot("patron");
        browser.open(system.staffUrl() + "/patrons/new");
        browser.awaitText("Register a patron");
        shoot("register");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open(system.staffUrl() + "/catalogue?q=Frankenstein");
            return browser.find("main").getText().contains("Modern Prometheus");
        });
        shoot("catalogue");
        browser.open(system.staffUrl() + "/catalogue/" + book);
        browser.awaitText("Copies");
        shoot("record");

        browser.open(system.staffUrl() + "/catalogue/import");
        browser.awaitText("Import records");
        shoot("import");
        Path file = Files.createTempFile("import-", ".csv");
        Files.writeString(file, "isbn,title,authors,publicationYear\n" + Isbns.random() + ",Mathilda,Mary Shelley,1959\n"
                + ",Valperga,Mary Shelley,eighteen twenty-three\n");
        browser.fieldLabelled("File to import").sendKeys(file.toString());
        browser.click("Import");
        browser.awaitText("Import finished");
        shoot("import-report");
        Files.delete(file);

        for (String page : new String[] {"admin/staff", "admin/policies", "admin/calendar"}) {
            browser.open(system.staffUrl() + "/" + page);
            browser.find("h1");
            shoot(page.replace('/', '-'));
        }
    }

    private void shoot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES);
        Files.write(OUT.resolve(name + ".png"), png);
        assertThat(png.length).isPositive();
    }
}
