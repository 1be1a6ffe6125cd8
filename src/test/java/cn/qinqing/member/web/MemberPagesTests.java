package cn.qinqing.member.web;

import static cn.qinqing.member.MemberTestData.enterprise;
import static cn.qinqing.member.MemberTestData.individual;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The member pages as staff use them: list, staff form, detail with facts, timeline and actions. */
@IntegrationTest
class MemberPagesTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    WebSession web;
    Api api;
    String token;
    long chamber;
    String chamberName;

    @BeforeEach
    void setUp() {
        var staff = accounts.create("mpages", Role.STAFF);
        api = accounts.api(staff);
        web = WebSession.open(accounts.port());
        web.login(staff, TestAccounts.PASSWORD);
        token = MemberTestData.unique();
        chamberName = "页面测试商会" + token;
        chamber = new MemberTestData(jdbc, federations).chamber(chamberName);
    }

    static String text(WebSession.Page page) {
        return HtmlUtils.htmlUnescape(page.body());
    }

    WebSession.Page post(String path, String... fields) {
        var all = new java.util.ArrayList<>(List.of("_csrf", web.csrf("/members")));
        all.addAll(List.of(fields));
        return web.postForm(path, all.toArray(String[]::new));
    }

    @Test
    void theListHasOneSearchBoxFiltersMaskedNumbersAndStatusBadges() {
        var mobile = MemberTestData.mobile();
        MemberTestData.active(api, individual("名册个人" + token, MemberTestData.idNumber(), mobile, chamber));

        var page = web.get("/members?q=" + URLEncoder.encode("名册个人" + token, StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(200);
        var html = text(page);
        assertThat(html).contains("id=\"q\"").contains("name=\"type\"").contains("name=\"kind\"")
                .contains("name=\"chamberId\"").contains("name=\"industry\"").contains("name=\"status\"")
                .contains("name=\"local\"").contains("name=\"highTech\"").contains("name=\"sort\"");
        assertThat(html).contains("名册个人" + token).contains(mobile.substring(0, 3) + "****" + mobile.substring(7))
                .doesNotContain(mobile).contains("badge member-status").contains("在册").contains("共 1 条");
    }

    @Test
    void theStaffFormKeepsWhatWasTypedAndShowsChineseMessagesUnderTheFields() {
        var form = web.get("/members/new?type=INDIVIDUAL");
        var page = post("/members", "type", "INDIVIDUAL", "name", "表单" + token, "idNumber", "37050319990230123X",
                "mobile", "1380546", "joinedOn", "2024-02-31", "chamberIds", String.valueOf(chamber));

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("data-member-group=\"individual\"").contains(chamberName);
        assertThat(page.status()).isEqualTo(200);
        var html = text(page);
        assertThat(html).contains("居民身份证号中的出生日期（第 7-14 位）不是有效日期")
                .contains("手机号应为 11 位数字").contains("日期格式不正确")
                .contains("value=\"37050319990230123X\"").contains("value=\"1380546\"").contains("value=\"表单" + token + "\"")
                .contains("value=\"2024-02-31\"");
        assertThat(html).containsPattern("<option value=\"" + chamber + "\" selected=\"selected\">");
        assertThat(jdbc.sql("select count(*) from member where name = ?").param("表单" + token).query(Long.class).single())
                .isZero();
    }

    @Test
    void anEnteredApplicationOpensItsPageWithTheFactsItsCodesCarry() {
        var code = MemberTestData.creditCode("92370502");
        var created = post("/members", "type", "ENTERPRISE", "name", "登记" + token, "creditCode", code,
                "mobile", MemberTestData.mobile(), "chamberIds", String.valueOf(chamber), "highTech", "true");

        assertThat(created.status()).isEqualTo(302);
        var detail = web.get(created.location().replaceFirst("^https?://[^/]+", ""));
        var html = text(detail);
        assertThat(html).contains("入会申请已登记，等待审核").contains("登记" + token).contains(code)
                .contains("第 1-2 位 92：个体工商户").contains("370502").contains("外地").contains(chamberName)
                .contains("个体工商户").contains("提交入会申请");
        assertThat(html).contains("id=\"approve\"").contains("id=\"reject\"")
                .doesNotContain("id=\"end\"").doesNotContain("id=\"readmit\"");
    }

    @Test
    void anIndividualsPageShowsBirthYearAndSexAndTheFullBirthDateOnlyWhenUnmasked() {
        var id = MemberTestData.register(api, individual("个人" + token,
                MemberTestData.idNumber(LocalDate.of(1979, 11, 3), false), MemberTestData.mobile(), chamber));

        var html = text(web.get("/members/" + id));
        var unmasked = text(post("/members/" + id + "/personal-data"));

        assertThat(html).contains("出生年份").contains(">1979<").doesNotContain("1979-11-03").contains(">女<")
                .contains("本地").contains("370503********");
        assertThat(unmasked).contains("1979-11-03").contains("37050319791103");
    }

    @Test
    void reviewOnThePageWalksTheLifeCycleAndOffersOnlyLegalSteps() {
        var id = MemberTestData.register(api, enterprise("页面审核" + token, MemberTestData.enterpriseCode(), chamber));

        var approved = post("/members/" + id + "/approve", "memberNumber", "");
        var activePage = text(web.get("/members/" + id));
        var noReason = post("/members/" + id + "/end", "status", "EXPELLED", "reason", "");
        var ended = post("/members/" + id + "/end", "status", "WITHDRAWN", "reason", "企业注销");
        var endedPage = text(web.get("/members/" + id));
        var readmitted = post("/members/" + id + "/readmit", "reason", "重新申请入会");

        assertThat(approved.status()).isEqualTo(302);
        assertThat(activePage).contains("已审核通过").contains("id=\"end\"").doesNotContain("id=\"approve\"")
                .doesNotContain("id=\"readmit\"").containsPattern("370503-\\d{4}-\\d{4}");
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(text(noReason)).contains("请填写理由").containsPattern("<option value=\"EXPELLED\" selected=\"selected\">");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(endedPage).contains("退会").contains("企业注销").contains("id=\"readmit\"").doesNotContain("id=\"end\"");
        assertThat(readmitted.status()).isEqualTo(302);
        assertThat(text(web.get("/members/" + id))).contains("重新入会").contains("重新申请入会").contains("id=\"end\"");
    }

    @Test
    void aStepTheStatusNoLongerAllowsIsExplainedAtTheTop() {
        var id = MemberTestData.register(api, enterprise("重复审核" + token, MemberTestData.enterpriseCode(), chamber));
        post("/members/" + id + "/approve", "memberNumber", "");
        web.get("/members/" + id);

        var again = post("/members/" + id + "/reject", "reason", "迟到的驳回");
        var page = text(web.get("/members/" + id));

        assertThat(again.status()).isEqualTo(302);
        assertThat(page).contains("只有“申请中”的申请才能不予通过，该会员当前状态为“在册”");
        assertThat(api.get("/api/v1/members/" + id).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void theEditFormShowsTheMemberAndSavesChanges() {
        var code = MemberTestData.enterpriseCode();
        var id = MemberTestData.register(api, enterprise("编辑前" + token, code, chamber));

        var form = text(web.get("/members/" + id + "/edit"));
        var saved = post("/members/" + id + "/edit", "type", "ENTERPRISE", "name", "编辑后" + token,
                "creditCode", code, "industry", "I", "chamberIds", String.valueOf(chamber));

        assertThat(form).contains("value=\"编辑前" + token + "\"").contains("value=\"" + code + "\"");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(text(web.get("/members/" + id))).contains("编辑后" + token).contains("信息传输、软件和信息技术服务业")
                .contains("修改会员信息");
    }

    @Test
    void postsAndDuesAreKeptOnTheMemberPage() {
        var id = MemberTestData.active(api, enterprise("职务页" + token, MemberTestData.enterpriseCode(), chamber));

        var post = post("/members/" + id + "/posts", "title", "人大代表", "level", "CITY", "term", "第九届");
        var badDues = post("/members/" + id + "/dues", "year", "2025", "amount", "一千", "paidOn", "");
        var dues = post("/members/" + id + "/dues", "year", "2025", "amount", "1,200.5", "paidOn", "2025-04-01");
        var page = text(web.get("/members/" + id));
        var postId = api.get("/api/v1/members/" + id + "/posts").json().get(0).get("id").asLong();
        var removed = post("/members/" + id + "/posts/" + postId + "/delete");

        assertThat(post.status()).isEqualTo(302);
        assertThat(badDues.status()).isEqualTo(200);
        assertThat(text(badDues)).contains("金额应为不小于 0 的数字").contains("value=\"一千\"");
        assertThat(dues.status()).isEqualTo(302);
        assertThat(page).contains("人大代表").contains("市级").contains("第九届").contains("1,200.50").contains("2025-04-01");
        assertThat(removed.status()).isEqualTo(302);
        assertThat(api.get("/api/v1/members/" + id + "/posts").json()).isEmpty();
    }

    @Test
    void unknownMembersAre404AndAdministratorsAre403() {
        var id = MemberTestData.register(api, enterprise("页面权限" + token, MemberTestData.enterpriseCode(), chamber));
        var other = new MemberTestData(jdbc, federations).chamber("别的商会" + token);
        var secretary = accounts.createBound("mpsec", new RoleGrant(Role.CHAMBER_SECRETARY, other, null, null));
        var secretaryWeb = WebSession.open(accounts.port());
        secretaryWeb.login(secretary, TestAccounts.PASSWORD);
        accounts.adminsReady();
        var admin = WebSession.open(accounts.port());
        admin.login(TestAccounts.SYSADMIN, TestAccounts.PASSWORD);

        assertThat(web.get("/members/999999999").status()).isEqualTo(404);
        assertThat(web.get("/members/999999999/edit").status()).isEqualTo(404);
        assertThat(secretaryWeb.get("/members/" + id).status()).isEqualTo(404);
        assertThat(admin.get("/members").status()).isEqualTo(403);
        assertThat(admin.get("/members/" + id).status()).isEqualTo(403);
        assertThat(WebSession.open(accounts.port()).get("/members").status()).isEqualTo(302);
    }
}
