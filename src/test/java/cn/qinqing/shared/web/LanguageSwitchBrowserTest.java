package cn.qinqing.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.Viewport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Chinese by default; the top bar switches to English and back, and the choice sticks. */
class LanguageSwitchBrowserTest extends BrowserSupport {

    @Test
    void theTopBarLinkSwitchesTheWholePageToEnglishAndBack() {
        var account = accounts().ready("陈志远", Role.STAFF);
        open(Viewport.DESKTOP);
        logIn(account);
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(logOut()).hasText("退出登录");

        page.locator("#qq-lang").click();

        assertThat(page.locator("#qq-lang")).hasText("中文");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#qq-nav").getByRole(AriaRole.LINK, link("Workbench"))).isVisible();
        assertThat(logOut()).hasText("Log out");
        assertThat(page).hasTitle("Workbench - Qinqing");
        screenshot("english");

        page.navigate("/account/password");
        assertThat(page.locator("label[for=newPassword]")).hasText("New password");

        page.locator("#qq-lang").click();

        assertThat(page.locator("#qq-lang")).hasText("English");
        assertThat(page.locator("label[for=newPassword]")).hasText("新密码");
        assertThat(logOut()).hasText("退出登录");
    }

    private Locator logOut() {
        return page.locator("header form[action$='/logout'] button");
    }

    private static Locator.GetByRoleOptions link(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
