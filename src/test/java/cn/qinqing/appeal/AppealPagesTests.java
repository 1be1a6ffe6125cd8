package cn.qinqing.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The appeal pages: intake, list, the case page with its step forms, the subject registry. */
@IntegrationTest
class AppealPagesTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    AppealFixture fx;
    WebSession staffWeb;

    @BeforeEach
    void setUp() {
        fx = new AppealFixture(accounts, jdbc, federations);
        staffWeb = web(fx.staffName);
    }

    WebSession web(String username) {
        var web = WebSession.open(accounts.port());
        web.login(username, TestAccounts.PASSWORD);
        return web;
    }

    static String text(WebSession.Page page) {
        return HtmlUtils.htmlUnescape(page.body());
    }

    static WebSession.Page post(WebSession web, String path, String... fields) {
        var all = new ArrayList<>(List.of("_csrf", web.csrf("/appeals")));
        all.addAll(List.of(fields));
        return web.postForm(path, all.toArray(String[]::new));
    }

    static String hiddenKey(WebSession.Page form) {
        var m = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(m.find()).as("the form carries an idempotency key").isTrue();
        return m.group(1);
    }

    WebSession memberWeb(long memberId) {
        return web(accounts.createBound("pmember", new RoleGrant(Role.MEMBER, null, memberId, null)));
    }

    @Test
    void aMemberFilesFromTheIntakePageOnceEvenWhenTheFormIsSentTwice() {
        var memberId = fx.member("页面企业");
        var member = memberWeb(memberId);
        var form = member.get("/appeals/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(text(form)).contains("提交诉求", "投诉维权（13个工作日办结）", "个案咨询（3个工作日办结）")
                .doesNotContain("受理渠道");
        var key = hiddenKey(form);
        String[] fields = {"idempotencyKey", key, "category", "COMPLAINT", "subject", "ARREARS",
                "title", "页面提交的诉求", "content", "货款被拖欠半年"};

        var first = post(member, "/appeals/new", fields);
        var again = post(member, "/appeals/new", fields);

        assertThat(first.status()).isEqualTo(302);
        assertThat(again.location()).isEqualTo(first.location());
        var page = member.get(first.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(text(page)).contains("页面提交的诉求", "货款被拖欠半年", "诉求已提交，受理编号 WQ");
        assertThat(page.body()).doesNotContain("id=\"accept-form\"");
        assertThat(jdbc.sql("select count(*) from appeal where member_id = ?").param(memberId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aRefusedIntakeKeepsWhatWasTyped() {
        var member = memberWeb(fx.member("输入企业"));
        var key = hiddenKey(member.get("/appeals/new"));

        var refused = post(member, "/appeals/new", "idempotencyKey", key, "category", "COMPLAINT", "subject", "ARREARS",
                "title", "", "content", "这段很长的说明不能丢", "contactMobile", "12345");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(text(refused)).contains("这段很长的说明不能丢", "请填写诉求标题，不超过100个字", "请填写11位手机号码");
    }

    @Test
    void staffRegisterACallAcceptItOnTheCasePageAndAStaleStepIsExplained() {
        var form = staffWeb.get("/appeals/new");
        assertThat(text(form)).contains("受理渠道", "12345热线转办", "副主席坐班接待");
        var filed = post(staffWeb, "/appeals/new", "idempotencyKey", hiddenKey(form), "channel", "HOTLINE_12345",
                "submitterName", "赵先生", "submitterCompany", "热线转办公司" + fx.token, "contactMobile", "13812345678",
                "category", "COORDINATION", "subject", "FINANCING", "title", "融资难", "content", "贷款审批慢");
        assertThat(filed.status()).as(text(filed)).isEqualTo(302);
        var path = filed.location().replaceFirst("^https?://[^/]+", "");
        var id = path.substring(path.lastIndexOf('/') + 1);

        var before = staffWeb.get(path);
        assertThat(before.body()).contains("id=\"accept-form\"", "id=\"decline-form\"");
        assertThat(text(before)).contains("12345热线转办", "138****5678");

        var accepted = post(staffWeb, path + "/steps/accept", "note", "已电话回复");
        assertThat(text(staffWeb.get(path))).contains("已办理");
        var stale = post(staffWeb, path + "/steps/accept", "note", "");
        var after = staffWeb.get(path);

        assertThat(accepted.status()).isEqualTo(302);
        assertThat(stale.status()).isEqualTo(302);
        assertThat(text(after)).contains("当前状态为已受理，不能受理", "已电话回复", "已受理");
        assertThat(after.body()).contains("id=\"transfer-form\"").doesNotContain("id=\"accept-form\"");

        var list = staffWeb.get("/appeals?q=" + "热线转办公司" + fx.token);
        assertThat(text(list)).contains("融资难", "共 1 条");
        assertThat(list.body()).contains("/appeals/" + id);
        assertThat(staffWeb.get("/appeals?overdue=true&status=ACCEPTED&channel=HOTLINE_12345").status()).isEqualTo(200);
    }

    @Test
    void aStepWithoutItsReasonComesBackWithTheMessageAndTheStatusUnchanged() {
        var id = AppealFixture.file(fx.memberAccount(fx.member("理由企业")), AppealFixture.caseBody("REPORT", "OTHER", "反映情况"));

        var refused = post(staffWeb, "/appeals/" + id + "/steps/decline", "reason", " ");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(text(refused)).contains("请填写理由", "待受理");
    }

    @Test
    void anotherMembersCasePageIs404AndAdministratorsAreRefused() {
        var id = AppealFixture.file(fx.memberAccount(fx.member("保密企业")), AppealFixture.caseBody("REPORT", "OTHER", "保密"));
        var stranger = memberWeb(fx.member("旁观企业"));
        accounts.adminsReady();

        assertThat(stranger.get("/appeals/" + id).status()).isEqualTo(404);
        assertThat(staffWeb.get("/appeals/" + id).status()).isEqualTo(200);
        assertThat(web(TestAccounts.SYSADMIN).get("/appeals").status()).isEqualTo(403);
    }

    @Test
    void staffAddRenameAndDisableASubjectAndAMemberCannotOpenTheRegistry() {
        var code = "TEST_" + fx.token.toUpperCase().replaceAll("[^A-Z0-9]", "");
        var name = "税费" + fx.token;
        assertThat(staffWeb.get("/appeals/categories").status()).isEqualTo(200);

        var added = post(staffWeb, "/appeals/categories/subjects", "code", code, "name", name, "categories", "CONSULTATION");
        var offered = fx.staff.get("/api/v1/appeals/categories").body();
        var renamed = post(staffWeb, "/appeals/categories/subjects/" + code + "/name", "name", name + "改");
        var duplicate = post(staffWeb, "/appeals/categories/subjects", "name", "拖欠账款");
        var disabled = post(staffWeb, "/appeals/categories/subjects/" + code + "/active", "active", "false");

        assertThat(added.status()).isEqualTo(302);
        assertThat(offered).contains(name);
        assertThat(renamed.status()).isEqualTo(302);
        assertThat(duplicate.status()).isEqualTo(200);
        assertThat(text(duplicate)).contains("事项名称“拖欠账款”已存在");
        assertThat(disabled.status()).isEqualTo(302);
        assertThat(fx.staff.get("/api/v1/appeals/categories").body()).doesNotContain(name);
        assertThat(text(staffWeb.get("/appeals/categories"))).contains(name + "改", "已停用");
        assertThat(memberWeb(fx.member("无权企业")).get("/appeals/categories").status()).isEqualTo(403);
    }
}
