package org.shelfwise.system;

import java.io.File;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine's own Chromium, headless, driven through its chromedriver (nothing is downloaded), with what a page
 * test asks of it: type and press Enter as a barcode scanner does, read what a person sees, check accessibility.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("shelfwise.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("shelfwise.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final WebDriverWait wait;

    Browser() {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the closed network refuses Chromium's own background connections; the sandbox needs privileges CI lacks
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=en-GB");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(service, options);
        // generous: the whole system shares the machine with the browser
        wait = new WebDriverWait(driver, Duration.ofSeconds(45));
        // a form's answer replaces the page: the body read a moment before is gone, so read it again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        try {
            return wait.until(d -> d.findElement(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            throw new AssertionError("expected " + css + " on " + driver.getCurrentUrl() + ", which shows:\n" + text(),
                    notThere);
        }
    }

    /** Types into the field with {@code label}'s text and presses Enter, as a barcode scanner does. */
    void scan(String label, String barcode) {
        var field = fieldLabelled(label);
        field.clear();
        field.sendKeys(barcode + "\n");
    }

    WebElement fieldLabelled(String label) {
        var forId = wait.until(d -> d.findElement(By.xpath("//label[normalize-space()='" + label + "']")))
                .getDomAttribute("for");
        return driver.findElement(By.id(forId));
    }

    void click(String text) {
        wait.until(d -> d.findElement(By.xpath("//*[(self::button or self::a or self::summary) and normalize-space()='"
                + text + "']"))).click();
    }

    /** Waits until the page's visible text contains {@code text}, and answers that text. */
    String awaitText(String text) {
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            throw new AssertionError("expected \"" + text + "\" on " + driver.getCurrentUrl() + ", which shows:\n"
                    + text(), notThere);
        }
        return text();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Sets a field's value as a person picking it does (a date field, whose typing order follows the locale). */
    void setValue(WebElement field, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, value);
    }

    /** What the page's own origin answers at {@code path}, with the session's cookie: a file a link downloads. */
    String fetch(String path) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", path));
    }

    /** The element that has the keyboard focus: where the next scan goes. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** axe-core's checks of the page as it is now: no serious or critical violation. */
    void assertAccessible(String page) {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(bad).as("serious or critical accessibility violations on %s: %s", page,
                bad.stream().map(rule -> rule.getId() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList()).toList()).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
