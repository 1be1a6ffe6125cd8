package cn.qinqing.account.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.Viewport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A new colleague's first login: one-time password, forced change, then the workbench. */
class FirstLoginBrowserTest extends BrowserSupport {

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aNewAccountMustReplaceItsOneTimePasswordBeforeReachingTheWorkbench(Viewport viewport) {
        var account = accounts().withOneTimePassword("王晓梅", Role.STAFF);
        open(viewport);

        page.navigate("/login");
        screenshot("login");
        page.locator("#username").fill(account.username());
        page.locator("#password").fill(account.password());
        page.locator("#login-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("您正在使用一次性密码，请先设置新密码后再继续使用系统。");
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/account/password$"));

        fillPasswordForm(account.password(), "abcdefgh");
        assertThat(page.locator("#newPassword")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.locator("#newPassword ~ .invalid-feedback"))
                .hasText("密码需包含大写字母、小写字母、数字、符号中的至少 3 类");
        screenshot("password-too-simple");

        fillPasswordForm(account.password(), "Qinqing-2026-Dongying");
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("欢迎您，王晓梅");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("密码已修改");
        assertThat(page).hasTitle("工作台 - 亲清");
        screenshot("home");
        assertTheMenuIsReachable(viewport);
        Assertions.assertThat(consoleErrors()).isEmpty();
    }

    private void fillPasswordForm(String current, String next) {
        page.locator("#currentPassword").fill(current);
        page.locator("#newPassword").fill(next);
        page.locator("#confirmPassword").fill(next);
        page.locator("#save").click();
    }

    /** On a desktop the menu and the user's name are on screen; on a phone the menu is behind 菜单. */
    private void assertTheMenuIsReachable(Viewport viewport) {
        var menu = page.locator("#qq-nav");
        var toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单"));
        if (viewport == Viewport.DESKTOP) {
            assertThat(page.locator("#qq-user")).hasText("王晓梅");
            assertThat(toggle).isHidden();
        } else {
            assertThat(menu).isHidden();
            toggle.click();
            assertThat(menu).hasClass(Pattern.compile("\\bshow\\b"));
            assertThat(menu).not().hasClass(Pattern.compile("\\bshowing\\b"));
            screenshot("menu-open");
        }
        assertThat(menu).isVisible();
        assertThat(menu.getByRole(AriaRole.LINK, link("工作台"))).isVisible();
        assertThat(menu.getByRole(AriaRole.LINK, link("商会"))).isVisible();
    }

    private static Locator.GetByRoleOptions link(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }
}
