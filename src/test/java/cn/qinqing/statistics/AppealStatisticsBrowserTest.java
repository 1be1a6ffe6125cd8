package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.appeal.AppealService;
import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.MemberService;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.TestAccounts.TestAccount;
import cn.qinqing.support.Viewport;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff open the appeal statistics of March 2026 ({@link AppealStatisticsScenario}) in Chinese: the
 * charts are drawn under the Content-Security-Policy and save as PNG images, the units below a standard
 * are marked, the bulletin opens as a printable page; on a phone the page does not spill sideways.
 */
class AppealStatisticsBrowserTest extends BrowserSupport {

    static final int CHARTS = 5;

    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MemberService members;
    @Autowired FormerMembers former;
    @Autowired Chambers chambers;
    @Autowired AppealService appeals;

    AppealStatisticsScenario s;
    TestAccount staff;

    @BeforeEach
    void scenario() {
        s = new AppealStatisticsScenario(new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port),
                new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port), jdbc, encoder, appeals);
        staff = new TestAccount(0, s.world.staff, "统计测试STAFF", StatisticsWorld.PASSWORD);
    }

    @Test
    void onADesktopTheChartsAreDrawnAndSaveAsImagesAndTheBulletinOpensForPrinting() throws Exception {
        open(Viewport.DESKTOP);
        logIn(staff);
        page.navigate("/appeals/statistics");
        page.locator("#month").fill("2026-03");
        page.locator("#stats-month-form button[type=submit]").click();
        page.waitForSelector(".qq-chart[data-rendered=true] canvas");
        assertThat(page.url()).endsWith("/appeals/statistics?month=2026-03");
        assertThat(page.locator(".qq-chart[data-rendered=true]").count()).isEqualTo(CHARTS);
        assertThat(page.locator("#kpi-received").textContent()).isEqualTo("10");
        assertThat(page.locator("#kpi-on-time").textContent()).isEqualTo("50.0%");
        assertThat(page.locator("tr.qq-below").count()).isEqualTo(2);
        assertThat(page.locator("#bulletin-below").textContent()).startsWith("低于通报标准的办理单位：");
        assertThat(consoleErrors()).isEmpty();
        screenshot("appeal-statistics");

        var chart = page.locator(".qq-chart[data-source=stats-categories]");
        chart.scrollIntoViewIfNeeded();
        var box = chart.boundingBox();
        var image = page.waitForDownload(() -> page.mouse().click(box.x + box.width - 20, box.y + 12));
        assertThat(image.suggestedFilename()).isEqualTo("appeal-categories.png");
        assertThat(Files.readAllBytes(image.path())).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        page.locator("#bulletin-open").click();
        page.waitForSelector("#bulletin-print");
        assertThat(page.locator("h1").textContent()).endsWith("诉求办理情况通报");
        assertThat(page.locator("#bulletin-summary").textContent()).startsWith("2026年3月，");
        assertThat(page.locator("td.qq-below-cell").count()).as("staff 2, D1 3, total 3").isEqualTo(8);
        assertThat(consoleErrors()).isEmpty();
        screenshot("appeal-bulletin");
    }

    @Test
    void onAPhoneThePageFitsTheScreenWidth() {
        open(Viewport.PHONE);
        logIn(staff);
        page.navigate("/appeals/statistics?month=2026-03");
        page.waitForSelector(".qq-chart[data-rendered=true] canvas");
        assertThat(page.locator(".qq-chart[data-rendered=true]").count()).isEqualTo(CHARTS);
        var overflow = (Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        assertThat(consoleErrors()).isEmpty();
        screenshot("appeal-statistics");
    }
}
