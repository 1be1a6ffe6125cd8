package cn.qinqing.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.qinqing.support.TestAccounts.TestAccount;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the browser journeys ({@code *BrowserTest}, run by failsafe in {@code mvn verify}):
 * the whole app on a random port, Debian's Chromium driven by Playwright (never a downloaded
 * browser), one browser per test class and a fresh context per test in Chinese at desktop or
 * phone size. A failing test leaves {@code target/browser-screenshots/<Class>.<test>-FAILED-<viewport>.png}.
 */
@IntegrationTest
@ExtendWith(BrowserScreenshots.class)
public abstract class BrowserSupport {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target/browser-screenshots");
    private static final Map<String, String> NO_DOWNLOAD = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;
    @Autowired
    private TestAccounts testAccounts;
    @Autowired
    protected JdbcClient jdbc;

    protected Page page;
    private BrowserContext context;
    private Viewport viewport;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    protected static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(NO_DOWNLOAD));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS).setEnv(NO_DOWNLOAD));
    }

    @AfterAll
    protected static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Opens a fresh, cookie-less browser context in Chinese at the given size. */
    protected Page open(Viewport size) {
        closeContext();
        viewport = size;
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(size.width, size.height)
                .setIsMobile(size.mobile)
                .setHasTouch(size.mobile));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + " at " + message.location());
            }
        });
        page.onPageError(error -> consoleErrors.add(error));
        return page;
    }

    @AfterEach
    protected void closeContext() {
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
        consoleErrors.clear();
    }

    protected TestAccounts accounts() {
        return testAccounts;
    }

    /** Signs in on the login page as a user past the first login; ends on the home page. */
    protected void logIn(TestAccount account) {
        page.navigate("/login");
        page.locator("#username").fill(account.username());
        page.locator("#password").fill(account.password());
        page.locator("#login-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
    }

    /** Errors the page wrote to the console, e.g. a script the Content-Security-Policy blocked. */
    protected List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    /** Saves the current page as {@code target/browser-screenshots/<Class>.<name>-<viewport>.png}. */
    protected void screenshot(String name) {
        if (page == null || page.isClosed()) {
            return;
        }
        var file = SCREENSHOTS.resolve(getClass().getSimpleName() + "." + name + "-"
                + viewport.name().toLowerCase() + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
