package cn.qinqing.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.Viewport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A page that does not exist reads as a plain Chinese notice, never as a stack trace. */
class ErrorPageBrowserTest extends BrowserSupport {

    @Test
    void anUnknownPageShowsTheChinese404PageWithoutInternals() {
        var account = accounts().ready("孙海燕", Role.STAFF);
        open(Viewport.PHONE);
        logIn(account);

        var response = page.navigate("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("404");
        assertThat(page.locator("main")).containsText("您要访问的页面不存在");
        assertThat(page).hasTitle("出错了 - 亲清");
        var text = page.locator("body").innerText();
        assertThat(text).doesNotContain("Exception", "at cn.qinqing", "Whitelabel", "org.springframework");
        screenshot("404");

        page.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("返回工作台"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
    }

    @Test
    void anAnonymousVisitorToAnUnknownPageIsSentToTheLoginPage() {
        open(Viewport.DESKTOP);

        page.navigate("/no-such-page");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("#username")).isVisible();
    }
}
