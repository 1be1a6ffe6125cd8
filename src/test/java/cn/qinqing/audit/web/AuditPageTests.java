package cn.qinqing.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AuditPageTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    AuditLog audit;

    private WebSession as(String username) {
        accounts.adminsReady();
        var web = WebSession.open(accounts.port());
        assertThat(web.login(username, TestAccounts.PASSWORD).status()).isEqualTo(302);
        return web;
    }

    @Test
    void theAuditorSeesTheTrailWithFiltersAndPaging() {
        var web = as(TestAccounts.AUDITADMIN);
        var page = web.get("/audit?action=LOGIN");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("审计日志").contains("id=\"audit-records\"").contains("LOGIN")
                .contains("id=\"verify\"").contains("href=\"/audit\"");
        assertThat(web.get("/").body()).contains("href=\"/audit\"");
        var bad = web.get("/audit?from=not-a-date");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("时间格式不正确").doesNotContain("id=\"audit-records\"");
    }

    @Test
    void theTrailNamesTheActionsInTheReadersLanguageAndShowsAnUnknownActionsCode() {
        var unknown = "TEST_ACTION_" + System.nanoTime() % 100000;
        audit.recordFor("system", null, unknown, "TEST", null, AuditResult.SUCCESS, null);
        var web = as(TestAccounts.AUDITADMIN);

        var chinese = web.get("/audit?action=LOGIN").body();
        assertThat(chinese).contains("<td title=\"LOGIN\">登录</td>").contains("label=\"查阅审计日志\"");
        assertThat(web.get("/audit?action=" + unknown).body()).contains("<td title=\"" + unknown + "\">" + unknown + "</td>");
        assertThat(web.get("/audit?action=LOGIN&lang=en").body()).contains("<td title=\"LOGIN\">Sign-in</td>");
    }

    @Test
    void aPagePastTheEndOfTheTrailSendsTheReaderToItsLastPageWithTheFiltersKept() {
        var web = as(TestAccounts.AUDITADMIN);
        var first = web.get("/audit?action=LOGIN");
        var pages = Integer.parseInt(first.body().replaceAll("(?s).*<span class=\"page-link\">1 / (\\d+)</span>.*", "$1"));

        var beyond = web.get("/audit?action=LOGIN&page=100000");

        assertThat(beyond.status()).isEqualTo(302);
        assertThat(beyond.location()).endsWith("/audit?action=LOGIN&page=" + (pages - 1));
        var nothing = web.get("/audit?action=NO_SUCH_ACTION&page=3");
        assertThat(nothing.status()).isEqualTo(302);
        assertThat(nothing.location()).endsWith("/audit?action=NO_SUCH_ACTION&page=0");
        assertThat(web.get("/audit?action=NO_SUCH_ACTION&page=0").body()).contains("1 / 1").contains("暂无数据");
    }

    @Test
    void theVerifyButtonShowsTheResult() {
        var web = as(TestAccounts.AUDITADMIN);
        var token = web.csrf("/audit");
        var verified = web.postForm("/audit/verification", "_csrf", token);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body()).contains("日志链完整");
        assertThat(web.postForm("/audit/verification").status()).as("without the CSRF token").isEqualTo(403);
    }

    @Test
    void nobodyElseSeesTheAuditPage() {
        assertThat(as(TestAccounts.SYSADMIN).get("/audit").status()).isEqualTo(403);
        assertThat(as(TestAccounts.SECADMIN).get("/audit").status()).isEqualTo(403);
        assertThat(as(TestAccounts.SECADMIN).get("/").body()).doesNotContain("href=\"/audit\"");
    }
}
