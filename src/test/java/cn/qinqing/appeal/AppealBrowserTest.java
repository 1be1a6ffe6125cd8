package cn.qinqing.appeal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.TestAccounts.TestAccount;
import cn.qinqing.support.Viewport;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chinese, in a real browser: a member files a case on its phone, staff accept and transfer it
 * at the desk, the department's liaison resolves it on a phone, and the member rates it.
 */
class AppealBrowserTest extends BrowserSupport {

    @Autowired
    Federations federations;

    TestAccount bound(String prefix, RoleGrant grant) {
        var username = accounts().createBound(prefix, grant);
        return new TestAccount(0, username, "测试" + username, TestAccounts.PASSWORD);
    }

    @Test
    void aMemberFilesOnItsPhoneStaffTransferTheLiaisonResolvesAndTheMemberRates() {
        var fx = new AppealFixture(accounts(), jdbc, federations);
        var memberId = fx.member("黄河三角洲酒业");
        var department = fx.department("区人民法院");
        var member = bound("bmember", new RoleGrant(Role.MEMBER, null, memberId, null));
        var liaison = bound("bliaison", new RoleGrant(Role.DEPARTMENT_LIAISON, null, null, department));
        var title = "货款拖欠" + MemberTestData.unique();

        open(Viewport.PHONE);
        logIn(member);
        page.navigate("/appeals/new");
        page.locator("#category").selectOption("COMPLAINT");
        page.locator("#subject").selectOption("ARREARS");
        page.locator("#content").fill("经销商拖欠货款 52 万元，已逾期八个月。");
        page.locator("#submit-appeal").click();
        assertThat(page.locator("#title")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#content")).hasValue("经销商拖欠货款 52 万元，已逾期八个月。");
        page.locator("#title").fill(title);
        page.locator("#submit-appeal").click();
        assertThat(page.locator("#appeal-filed")).containsText("诉求已提交，受理编号 WQ");
        assertThat(page.locator("#appeal-status")).hasText("待受理");
        var scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        screenshot("member-filed");
        var caseUrl = page.url();

        open(Viewport.DESKTOP);
        logIn(accounts().ready("李娜", Role.STAFF));
        page.navigate(caseUrl);
        page.locator("#accept-note").fill("已电话联系企业核实");
        page.locator("#accept").click();
        assertThat(page.locator("#appeal-status")).hasText("已受理");
        page.locator("#transfer-department").selectOption(String.valueOf(department));
        page.locator("#transfer").click();
        assertThat(page.locator("#appeal-status")).hasText("已转办");
        assertThat(page.locator("#appeal-department")).hasText("区人民法院" + fx.token);
        screenshot("staff-transferred");

        open(Viewport.PHONE);
        logIn(liaison);
        page.navigate("/appeals");
        page.getByText(title).click();
        page.locator("#resolve-reply").fill("已组织诉前调解，经销商同意分三期付清。");
        page.locator("#resolve").click();
        assertThat(page.locator("#appeal-status")).hasText("已办结");
        screenshot("liaison-resolved");

        open(Viewport.PHONE);
        logIn(member);
        page.navigate(caseUrl);
        assertThat(page.locator("#appeal-reply")).hasText("已组织诉前调解，经销商同意分三期付清。");
        page.locator("label[for=rating-SATISFIED]").click();
        page.locator("#rate").click();
        assertThat(page.locator("#appeal-rating")).hasText("满意");
        assertThat(page.locator("#appeal-history .appeal-step")).hasCount(5);
        screenshot("member-rated");
        assertThat(consoleErrors()).isEmpty();
    }
}
