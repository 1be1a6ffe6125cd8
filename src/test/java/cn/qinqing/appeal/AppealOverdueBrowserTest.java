package cn.qinqing.appeal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.Viewport;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chinese, on a phone: a leader opens the supervised cases, writes an instruction (督办意见), and finds
 * the days and the way back to the form on the case page.
 */
class AppealOverdueBrowserTest extends BrowserSupport {

    @Autowired
    Federations federations;
    @Autowired
    AppealDeadlines deadlines;

    @Test
    void aLeaderWritesASupervisionInstructionOnAPhone() {
        var fx = new AppealFixture(accounts(), jdbc, federations);
        var dx = new AppealDeadlineFixture(accounts(), jdbc, federations);
        var company = "督办测试机械有限公司" + fx.token;
        var body = new HashMap<String, Object>(AppealFixture.caseBody("COMPLAINT", "ADMIN_ENFORCEMENT", "重复检查" + fx.token));
        body.put("channel", "VISIT");
        body.put("submitterName", "赵厂长");
        body.put("submitterCompany", company);
        body.put("contactMobile", MemberTestData.mobile());
        var id = AppealFixture.file(fx.staff, body);
        AppealFixture.step(fx.staff, id, "accept", Map.of());
        dx.due(id, LocalDate.of(2026, 9, 30));
        deadlines.runFor(LocalDate.of(2026, 10, 8));
        deadlines.runFor(LocalDate.of(2026, 10, 14));

        open(Viewport.PHONE);
        logIn(accounts().ready("王主席", Role.LEADER));
        page.navigate("/appeals/supervision");
        assertThat(page.locator("h1")).hasText("督办诉求");
        var row = page.locator("#overdue-cases tr[data-id='" + id + "']");
        assertThat(row).containsText(company);
        assertThat(row).containsText("2026-10-14");
        var scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
        screenshot("supervision-list");

        row.getByText("督办意见").click();
        assertThat(page.locator("h1")).hasText("填写督办意见");
        assertThat(page.locator("#deadline-steps")).containsText("超期催办");
        page.locator("#note").fill("请区市场监管局三日内核查并答复企业");
        page.locator("#instruction button[type=submit]").click();
        assertThat(page.locator(".alert-success")).hasText("督办意见已记录，已通知承办人员。");
        assertThat(consoleErrors()).isEmpty();
        screenshot("instruction-saved");

        // The case page shows the reminder and supervision days and leads back to the instruction form.
        page.navigate("/appeals/" + id);
        assertThat(page.locator("#appeal-reminded-on")).hasText("2026-10-08");
        assertThat(page.locator("#appeal-supervised-on")).hasText("2026-10-14");
        page.locator("#appeal-supervision-note").click();
        assertThat(page.locator("h1")).hasText("填写督办意见");
        assertThat(page.locator("#deadline-steps")).containsText("请区市场监管局三日内核查并答复企业");
    }
}
