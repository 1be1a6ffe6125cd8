package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.appeal.AppealService;
import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.MemberService;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The page {@code /appeals/statistics} (诉求统计通报) and the printable bulletin, in Chinese, over the
 * cases of {@link AppealStatisticsScenario}: the summary sentence, the units with those below a standard
 * marked, charts drawn from tables by a served script (no inline script), a month that is not one.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealStatisticsPageTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MemberService members;
    @Autowired FormerMembers former;
    @Autowired Chambers chambers;
    @Autowired AppealService appeals;
    @Autowired TestAccounts accounts;

    AppealStatisticsScenario s;
    String a;

    @BeforeAll
    void scenario() {
        s = new AppealStatisticsScenario(new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port),
                new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port), jdbc, encoder, appeals);
        a = s.federationName(s.world.federationId);
    }

    @Test
    void thePageShowsTheMonthsSummaryAndTheUnitsBelowTheStandards() {
        var response = s.staffOfA().get("/appeals/statistics?month=2026-03");
        assertThat(response.status()).isEqualTo(200);
        var html = response.body();
        assertThat(html).contains("<title>诉求统计通报 - ", "<h1 class=\"h4 mb-0\"><span>诉求统计通报</span>");
        assertThat(html).contains("2026年3月，" + a + "共受理诉求10件，其中已受理8件、不予受理1件，已办结6件；"
                + "按时办结率50.0%，答复率75.0%，满意率80.0%；超期5件，督办4件；重复诉求人2个，涉及诉求5件。");
        assertThat(html).contains("通报标准：按时办结率不低于85%，答复率不低于92%，满意率不低于92%。");
        assertThat(html).contains("低于通报标准的办理单位：" + a + "机关（按时办结率50.0%，低于85%；答复率75.0%，低于92%）、区市场监管局"
                + s.world.region + "（按时办结率0.0%，低于85%；答复率50.0%，低于92%；满意率0.0%，低于92%）。");
        assertThat(html).containsPattern("id=\"kpi-received\"[^>]*>10<");
        assertThat(html).containsPattern("data-unit=\"D" + s.d1 + "\" class=\"qq-below\"");
        assertThat(html).containsPattern("data-unit=\"D" + s.d2 + "\">");
        assertThat(html).contains("<span class=\"badge text-bg-danger ms-1\">低于标准</span>");
        assertThat(html).contains("value=\"2026-03\"", "href=\"/appeals/statistics/bulletin.xlsx?month=2026-03\"",
                "href=\"/appeals/statistics/bulletin.pdf?month=2026-03\"");
        assertThat(html).contains("12345热线转办", "拖欠账款", "统计测试非会员企业" + s.m1);
        assertThat(html).contains("class=\"nav-link active\" href=\"/appeals/statistics\"");
    }

    @Test
    void chartsAreDrawnFromTablesByAServedScriptWithoutInlineScript() {
        var html = s.staffOfA().get("/appeals/statistics?month=2026-03").body();
        for (var table : new String[] {"stats-units", "stats-rates", "stats-categories", "stats-subjects", "stats-channels"}) {
            assertThat(html).contains("data-source=\"" + table + "\"").contains("id=\"" + table + "\"");
        }
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(html).contains("src=\"/js/table-chart.js\"").containsPattern("src=\"/webjars/echarts/[0-9.]+/dist/echarts.min.js\"");
        var script = s.staffOfA().get("/js/table-chart.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("data-chart", "data-value", "echarts.init");
    }

    @Test
    void aMonthThatIsNotOneIsExplainedKeptInThePickerAndThisMonthShown() {
        var html = s.staffOfA().get("/appeals/statistics?month=2026-13").body();
        assertThat(html).contains("请选择正确的统计月份（格式 YYYY-MM，例如 2026-03），已显示本月数据");
        assertThat(html).containsPattern("value=\"2026-13\"[^>]*is-invalid|is-invalid[^>]*value=\"2026-13\"");
    }

    @Test
    void theBulletinIsAPrintableDocumentWithTheSummaryAndTheRatesBelowShaded() {
        var response = s.staffOfA().get("/appeals/statistics/bulletin?month=2026-03");
        assertThat(response.status()).isEqualTo(200);
        var html = response.body();
        assertThat(html).contains("<h1>" + a + "诉求办理情况通报</h1>", "（2026年3月）",
                "统计范围：" + a + "及所属下级工商联");
        assertThat(html).contains("2026年3月，" + a + "共受理诉求10件");
        assertThat(html).contains("一、各办理单位办理情况", "二、诉求分类情况", "三、重复诉求情况");
        assertThat(html).contains("<td data-below=\"true\" class=\"qq-below-cell\">0.0% ▼</td>", "<td data-below=\"false\">100.0%</td>");
        assertThat(html).contains(">合计<", "src=\"/js/appeal-bulletin.js\"", "href=\"/css/appeal-bulletin.css\"");
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(html).doesNotContain("qq-sidebar");
        assertThat(s.staffOfA().get("/css/appeal-bulletin.css").body()).contains("@media print");
    }

    @Test
    void inEnglishTheBulletinSpeaksEnglish() {
        var html = s.staffOfA().get("/appeals/statistics/bulletin?month=2026-03&lang=en").body();
        assertThat(html).contains("<h1>Bulletin on the handling of appeals, " + a + "</h1>", "(3/2026)");
        assertThat(html).contains("3/2026: " + a + " received 10 appeals; 8 were accepted, 1 declined and 6 resolved.");
        assertThat(html).contains("Handling units below the standards: " + a + " (own staff) (On-time rate 50.0%, below 85%"
                + " and Reply rate 75.0%, below 92%); ");
    }

    @Test
    void administratorsMayNotOpenThePageOrTheBulletin() {
        accounts.adminsReady();
        for (var admin : TestAccounts.ADMINS) {
            assertThat(accounts.api(admin).get("/appeals/statistics").status()).isEqualTo(403);
            assertThat(accounts.api(admin).get("/appeals/statistics/bulletin").status()).isEqualTo(403);
        }
    }
}
