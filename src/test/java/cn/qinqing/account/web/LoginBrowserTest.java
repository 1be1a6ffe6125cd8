package cn.qinqing.account.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.Viewport;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The login page tells nothing about why a login failed: same words for every cause. */
class LoginBrowserTest extends BrowserSupport {

    private static final String FAILED = "用户名或密码错误，或账号已被锁定";

    @Test
    void aWrongPasswordShowsTheGenericChineseError() {
        var account = accounts().ready("李建国", Role.STAFF);
        open(Viewport.DESKTOP);

        page.navigate("/login");
        page.locator("#username").fill(account.username());
        page.locator("#password").fill(account.password() + "wrong");
        page.locator("#login-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(FAILED);
        assertThat(page.locator("#username")).isVisible();
        screenshot("wrong-password");
    }

    @Test
    void anUnknownUsernameShowsTheSameErrorAsAWrongPassword() {
        open(Viewport.PHONE);

        page.navigate("/login");
        page.locator("#username").fill("nobody" + System.nanoTime() % 100_000);
        page.locator("#password").fill("Whatever#2026");
        page.locator("#login-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(FAILED);
    }

    @Test
    void theRightPasswordAfterAWrongOneStillSignsIn() {
        var account = accounts().ready("赵丽", Role.STAFF);
        open(Viewport.DESKTOP);
        page.navigate("/login");
        page.locator("#username").fill(account.username());
        page.locator("#password").fill("Not-" + account.password());
        page.locator("#login-submit").click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(FAILED);

        logIn(account);

        assertThat(page.locator("#qq-user")).hasText("赵丽");
    }
}
