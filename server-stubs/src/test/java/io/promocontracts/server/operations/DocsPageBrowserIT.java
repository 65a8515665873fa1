package io.promocontracts.server.operations;

import io.promocontracts.specs.SpecOperation;
import io.promocontracts.testkit.TestDatabase;
import io.promocontracts.testkit.DemoKeys;
import io.promocontracts.specs.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API reference in a real browser (Debian's Chromium, driven by Selenium through its
 * chromedriver): /docs shows every operation of both specs, a "try it" create with a demo key gets
 * its 200 rendered, and the page loads nothing from anywhere but this server. It leaves a
 * screenshot at target/docs-page.png (the README shows a copy). Run with -Pbrowser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = TestDatabase.FRESH_H2)
class DocsPageBrowserIT {

    private static final Path SCREENSHOT = Path.of("target", "docs-page.png");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1400,2200", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void theReferenceShowsEverySpecAndTriesACreateAgainstThisServer() throws IOException {
        browser.get(origin() + "/docs");

        for (ApiSpec spec : ApiSpec.all()) {
            assertThat(operationsShown(spec.title())).as(spec.title()).isEqualTo(operationIds(spec));
        }
        operationsShown(ApiSpec.named("flowglad").title());

        new Select(clickable(".servers select")).selectByValue("http://localhost:8080");
        authorize(DemoKeys.FLOWGLAD_ACME_LIVE);
        String create = "#operations-Discounts-createDiscount ";
        clickable(create + ".opblock-summary").click();
        clickable(create + ".try-out__btn").click();
        clickable(create + ".execute").click();
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(create + ".live-responses-table tr.response .response-col_status")));

        assertThat(status.getText().trim()).isEqualTo("200");
        assertThat(browser.findElement(By.cssSelector(create + ".live-responses-table tr.response .response-col_description")).getText())
                .contains("\"discount\"").contains("LAUNCH2023");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(create)));
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (entry) { return entry.name; })");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
    }

    /** The operation ids the page shows for the spec chosen in its top bar. */
    private Set<String> operationsShown(String specName) {
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".topbar select")))).selectByVisibleText(specName);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".info .title"), specName.split(" ")[0]));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-operation-id")));
        return browser.findElements(By.cssSelector(".opblock-summary-operation-id")).stream()
                .map(WebElement::getText).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    private void authorize(String key) {
        clickable(".auth-wrapper .authorize").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux input[type=text], .modal-ux input[type=password]")))
                .sendKeys(key);
        clickable(".modal-ux .auth-btn-wrapper .authorize").click();
        clickable(".modal-ux .btn-done").click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    /** The element, once the page has rendered it and it can be clicked. */
    private WebElement clickable(String selector) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector)));
    }

    private static Set<String> operationIds(ApiSpec spec) {
        return spec.operations().stream().map(SpecOperation::operationId).collect(Collectors.toCollection(TreeSet::new));
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
