package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberType;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.TestAccounts.TestAccount;
import cn.qinqing.support.Viewport;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A staff member opens the member structure dashboard in Chinese: every chart is drawn under the
 * Content-Security-Policy, the figures stand in the tables, a chart saves as a PNG image and the
 * figures download as .xlsx; on a phone the page does not spill sideways.
 */
class MemberStatisticsBrowserTest extends BrowserSupport {

    static final int CHARTS = 10;

    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MemberService members;
    @Autowired FormerMembers former;
    @Autowired Chambers chambers;

    StatisticsWorld world;
    TestAccount staff;

    @BeforeEach
    void world() {
        world = new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        var chamber = world.chamber("浏览器测试石油业商会" + world.region);
        world.active(world.organisation(MemberType.ENTERPRISE, "91", true, false, Industry.B, EnterpriseSize.MEDIUM,
                LocalDate.of(year - 2, 4, 1)), chamber);
        world.active(world.organisation(MemberType.ENTERPRISE, "92", true, false, Industry.F, EnterpriseSize.MICRO,
                LocalDate.of(year, 1, 1)));
        world.active(world.individual(true, LocalDate.of(year - 1, 6, 1)));
        staff = new TestAccount(0, world.staff, "统计测试STAFF", StatisticsWorld.PASSWORD);
    }

    @Test
    void onADesktopTheChartsAreDrawnBesideTheirFiguresAndDownloadAsImageAndWorkbook() throws Exception {
        open(Viewport.DESKTOP);
        logIn(staff);
        page.navigate("/statistics/members");
        page.waitForSelector(".qq-chart[data-rendered=true] canvas");
        assertThat(page.locator(".qq-chart[data-rendered=true]").count()).isEqualTo(CHARTS);
        assertThat(page.locator("#kpi-total").textContent()).isEqualTo("3");
        assertThat(page.locator("#kpi-growth").textContent()).isEqualTo("50.0%");
        assertThat(page.locator("#stats-chambers").textContent()).contains("浏览器测试石油业商会" + world.region);
        assertThat(page.locator("#stats-balances").textContent()).contains("个体工商户多、私营企业少");

        var chart = page.locator(".qq-chart[data-source=stats-types]");
        chart.scrollIntoViewIfNeeded();
        var box = chart.boundingBox();
        var image = page.waitForDownload(() -> page.mouse().click(box.x + box.width - 20, box.y + 12));
        assertThat(image.suggestedFilename()).isEqualTo("member-types.png");
        var png = Files.readAllBytes(image.path());
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        var workbook = page.waitForDownload(() -> page.locator("#stats-xlsx").click());
        // The name (Chinese, with an ASCII fallback) is checked in MemberStatisticsPageTests: this test's
        // Chromium runs without a UTF-8 locale and calls any Chinese file name "download".
        assertThat(Files.readAllBytes(workbook.path())).startsWith(new byte[] {'P', 'K'});
        assertThat(consoleErrors()).isEmpty();
        screenshot("dashboard");
    }

    @Test
    void onAPhoneTheDashboardFitsTheScreenWidth() {
        open(Viewport.PHONE);
        logIn(staff);
        page.navigate("/statistics/members");
        page.waitForSelector(".qq-chart[data-rendered=true] canvas");
        assertThat(page.locator(".qq-chart[data-rendered=true]").count()).isEqualTo(CHARTS);
        var overflow = (Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        assertThat(consoleErrors()).isEmpty();
        screenshot("dashboard");
    }
}
