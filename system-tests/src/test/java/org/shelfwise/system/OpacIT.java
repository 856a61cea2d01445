package org.shelfwise.system;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public catalogue in Chromium, as a reader meets it: an anonymous search with a typo narrowed by a facet and
 * back again, a record with its copies, a hold placed after signing in with its place in the queue, a renewal
 * refused in words, another reader's loan out of reach by editing the URL, and every page at a phone's 360 px
 * without scrolling sideways; axe-core on each page. With {@code -Dshelfwise.screenshots=true} it also takes the
 * OPAC's pictures for docs/screenshots/.
 */
class OpacIT extends StaffBrowserTest {

    /** A word of this run's own (letters only: the spelling check leaves words with digits alone). */
    private final String word = "lumen" + letters(run);
    /** The typo test's own word: the other tests' books carry {@link #word}, and would be found by its search too. */
    private final String searched = "quill" + letters(run);
    private final String password = "opac-pass-" + run;

    @BeforeEach
    void asAStranger() {
        browser.driver.manage().window().setSize(new Dimension(1280, 1000));
        browser.open(system.baseUrl() + "/");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void findsBooksDespiteATypoNarrowsThemByAnAuthorAndGoesBackToAllOfThem() throws Exception {
        String word = searched;
        String atlas = book("The " + word + " atlas", "Quint, Ada " + run);
        library.copy(atlas, "A1", "912 QUI");
        book("A " + word + " almanac", "Rowe, Basil " + run);
        // one letter changed, the last (run ids have no z): a word nobody has, and the start of none
        String typo = word.substring(0, word.length() - 1) + "z";

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open(system.baseUrl() + "/");
            browser.scan("Title, author, subject or ISBN", typo);
            return browser.find("main").getText().contains("2 results");
        });
        var page = browser.awaitText("Did you mean");
        assertThat(page).contains(word).contains("The " + word + " atlas").contains("1 of 1 on the shelf at Main")
                .contains("No copies in the library");
        browser.assertAccessible("search results");
        assertNoSidewaysScrollAtAPhonesWidth("search results");
        shoot("opac-results");

        browser.click("Quint, Ada " + run + " (1)");
        page = browser.awaitText("One result");
        assertThat(page).contains("The " + word + " atlas").doesNotContain(word + " almanac");
        assertThat(browser.driver.getCurrentUrl()).contains("author=Quint");
        browser.assertAccessible("narrowed results");

        browser.driver.navigate().back();
        assertThat(browser.awaitText("2 results")).contains(word + " almanac");
    }

    @Test
    void placesAHoldToCollectAtABranchAfterSigningInAndShowsItsPlaceInTheQueue() throws Exception {
        // the demo library's branches (a system started with demo data has them already)
        for (String[] branch : new String[][] {{"main", "Main Library"}, {"east", "East Library"}}) {
            var put = api.put("/api/branches/" + branch[0], "{\"name\":\"" + branch[1] + "\"}");
            assertThat(put.status()).as(String.valueOf(put.body())).isEqualTo(200);
        }
        var reader = patronWithPassword("Iris Vale");
        var borrower = library.register("Otto Lark", "adult");
        var first = library.register("Ruth Penn", "adult");
        String book = book("The " + word + " herbal", "Fenn, Clara");
        String lent = library.copyAt(book, "H1", "581 FEN", "main");
        library.awaitCopiesKnown(lent);
        library.awaitPatronKnown(borrower.card());
        library.awaitPatronKnown(first.card());
        library.awaitPatronKnown(reader.card());
        library.lend(lent, borrower.card());
        library.placeHold(book, first.card());

        browser.open(system.baseUrl() + "/records/" + book);
        var page = browser.awaitText("Copies");
        assertThat(page).contains("Fenn, Clara").contains("Main Library").contains("Herbals").contains("581 FEN")
                .contains("On loan, due back")
                .contains("Permanent link to this record:");
        assertThat(browser.driver.findElements(By.cssSelector("[itemtype='https://schema.org/Offer']"))).hasSize(1);
        browser.assertAccessible("record");
        assertNoSidewaysScrollAtAPhonesWidth("record");
        shoot("opac-record");

        browser.click("Place a hold");
        browser.awaitText("Sign in to your account");
        browser.assertAccessible("sign-in");
        shoot("opac-sign-in");
        signInAsReader(reader.card());
        browser.awaitText("The library keeps the next copy");
        new Select(browser.fieldLabelled("Collect it at")).selectByVisibleText("East Library");
        browser.assertAccessible("place a hold");
        shoot("opac-hold");
        browser.click("Place the hold");

        page = browser.awaitText("you are number 2 in the queue");
        assertThat(page).contains("Number 2 in the queue").contains("The " + word + " herbal")
                .contains("To collect at East Library.");
        var hold = api.get("/api/holds?patronId=" + reader.id()).body().get(0);
        assertThat(hold.path("pickupBranch").asString()).isEqualTo("east");
        browser.assertAccessible("account");
        shoot("opac-account-hold");
    }

    @Test
    void explainsARefusedRenewalAndShowsNothingOfAnotherReadersLoanWhoseIdIsInTheUrl() throws Exception {
        var reader = patronWithPassword("Nell Ashby");
        var other = library.register("Hugo Marsh", "adult");
        String mine = book("The " + word + " glossary", "Pike, Dora");
        String theirs = book("Private " + word + " diaries", "Moss, Evan");
        String myCopy = library.copy(mine, "G1");
        String theirCopy = library.copy(theirs, "D1");
        library.awaitCopiesKnown(myCopy, theirCopy);
        library.awaitPatronKnown(reader.card());
        library.awaitPatronKnown(other.card());
        library.lend(myCopy, reader.card());
        library.lend(theirCopy, other.card());
        library.placeHold(mine, other.card());
        String theirLoan = api.get("/api/loans?patronId=" + other.id() + "&open=true").body()
                .path("content").get(0).path("id").asString();

        browser.open(system.baseUrl() + "/account");
        signInAsReader(reader.card());
        browser.awaitText("Loans (1)");
        assertNoSidewaysScrollAtAPhonesWidth("account");
        shoot("opac-account");
        browser.click("Renew");
        var page = browser.awaitText("Not renewed:");
        assertThat(page).contains("other readers are waiting for this book");
        browser.assertAccessible("account with a refusal");

        browser.open(system.baseUrl() + "/account/loans/" + theirLoan);
        page = browser.awaitText("Not found");
        assertThat(page).doesNotContain("diaries").doesNotContain(theirCopy).doesNotContain("Hugo");
        browser.assertAccessible("not found");

        // the reader's sign-in opens no staff page
        browser.open(system.staffUrl() + "/checkout");
        browser.awaitText("Staff sign-in");
    }

    private static String letters(String hex) {
        return hex.chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).reduce("", String::concat);
    }

    private Library.Registered patronWithPassword(String name) {
        var patron = api.post("/api/patrons", "{\"name\":\"" + name + "\",\"email\":\"" + name.replace(' ', '.').toLowerCase()
                + "." + run + "@example.org\",\"category\":\"adult\",\"password\":\"" + password + "\"}");
        assertThat(patron.status()).as(String.valueOf(patron.body())).isEqualTo(201);
        return new Library.Registered(patron.field("id"), patron.field("barcode"));
    }

    private String book(String title, String author) {
        var book = api.post("/api/books", "{\"title\":\"" + title + "\",\"authors\":[\"" + author + "\"],\"isbn\":\""
                + Isbns.random() + "\",\"publicationYear\":1990}");
        assertThat(book.status()).as(String.valueOf(book.body())).isEqualTo(201);
        return book.field("id");
    }

    private void signInAsReader(String card) {
        browser.awaitText("Sign in to your account");
        browser.fieldLabelled("Card number or email").sendKeys(card);
        browser.fieldLabelled("Password").sendKeys(password + "\n");
    }

    /** At a phone's 360 px the page is no wider than the screen: nothing to scroll sideways to. */
    private void assertNoSidewaysScrollAtAPhonesWidth(String page) throws Exception {
        // a phone's screen, as Chromium's device emulation makes it (a desktop window may not get this narrow)
        var chromium = (ChromeDriver) browser.driver;
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 2, "mobile", true));
        try {
            var js = (JavascriptExecutor) browser.driver;
            await().atMost(Duration.ofSeconds(5)).until(() -> ((Number) js.executeScript("return window.innerWidth"))
                    .intValue() == 360);
            long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            long width = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            assertThat(scrollWidth).as("width of the %s page at 360 px", page).isLessThanOrEqualTo(width);
            shoot(page.replace(' ', '-').replace("search-results", "opac-results") + "-phone");
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** With -Dshelfwise.screenshots=true: the page as it is now, for docs/screenshots/. */
    private void shoot(String name) throws Exception {
        if (Boolean.getBoolean("shelfwise.screenshots")) {
            String file = name.startsWith("opac-") ? name : "opac-" + name;
            Files.createDirectories(StaffScreenshotsIT.OUT);
            Files.write(StaffScreenshotsIT.OUT.resolve(file + ".png"),
                    ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
        }
    }
}
