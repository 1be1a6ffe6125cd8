package cn.qinqing.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A staff member creates a chamber in a real browser, in Chinese, on a phone-sized and a desktop screen. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChamberBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Federations federations;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create();
        var options = new BrowserType.LaunchOptions().setHeadless(true);
        var chromium = Paths.get("/usr/bin/chromium");
        if (Files.isExecutable(chromium)) {
            options.setExecutablePath(chromium);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @Test
    void onAPhoneAWrongCreditCodeIsExplainedAndTheFixedFormOpensTheChamber() {
        check(375, 812, "phone");
    }

    @Test
    void onADesktopAWrongCreditCodeIsExplainedAndTheFixedFormOpensTheChamber() {
        check(1280, 900, "desktop");
    }

    private void check(int width, int height, String screen) {
        var data = new ChamberTestData(jdbc, encoder, federations);
        var username = data.user("STAFF");
        var name = "河口区浏览器商会" + ChamberTestData.unique();
        var valid = ChamberTestData.creditCode();
        var wrong = valid.substring(0, 17) + (valid.charAt(17) == 'A' ? 'B' : 'A');
        try (var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("zh-CN"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.fill("#username", username);
            page.fill("#password", ChamberTestData.PASSWORD);
            page.locator("button[type=submit]").click();
            page.navigate("http://localhost:" + port + "/chambers");
            page.click("#new-chamber");
            page.fill("#name", name);
            page.selectOption("#kind", "INDUSTRY");
            page.fill("#creditCode", wrong);
            page.fill("#president", "张建国");
            page.click("#save");
            page.locator("#creditCodeError").waitFor();
            page.waitForLoadState();

            assertThat(page.locator("#creditCode").inputValue()).isEqualTo(wrong);
            assertThat(page.locator("#creditCodeError").innerText()).isEqualTo("统一社会信用代码校验位错误，应为 " + valid.charAt(17));
            assertThat(page.locator("#name").inputValue()).isEqualTo(name);
            screenshot(page, screen + "-form-error");

            page.fill("#creditCode", valid.toLowerCase());
            page.click("#save");
            page.locator("#chamber-name").waitFor();
            page.waitForLoadState();

            assertThat(page.locator("#chamber-name").innerText()).isEqualTo(name);
            assertThat(page.locator("#credit-code").innerText()).isEqualTo(valid);
            assertThat(page.locator("#president").innerText()).isEqualTo("张建国");
            screenshot(page, screen + "-detail");
            page.navigate("http://localhost:" + port + "/chambers?q=" + ChamberApiTests.enc(name));
            page.waitForLoadState();
            assertThat(page.locator("#chamber-table tbody tr").count()).isEqualTo(1);
            screenshot(page, screen + "-list");
        }
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", "chamber-" + name + ".png")));
    }
}
