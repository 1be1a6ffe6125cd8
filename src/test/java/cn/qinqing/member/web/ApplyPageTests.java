package cn.qinqing.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The public application page: no account, CSRF on, Chinese errors, duplicates, the per-address limit. */
@IntegrationTest
class ApplyPageTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;
    @Autowired
    ApplicationRateLimit limit;

    WebSession web;
    String token;
    long chamber;

    @BeforeEach
    void setUp() {
        limit.reset();
        web = WebSession.open(accounts.port());
        token = MemberTestData.unique();
        chamber = new MemberTestData(jdbc, federations).chamber("申请页商会" + token);
    }

    @AfterEach
    void forgetAddresses() {
        limit.reset();
    }

    /** Form fields of an enterprise application, with the CSRF token of a fresh /apply page. */
    List<String> enterprise(String name, String code, String mobile) {
        return new ArrayList<>(List.of("_csrf", web.csrf("/apply"), "type", "ENTERPRISE", "name", name,
                "creditCode", code, "legalRepresentative", "王海", "mobile", mobile, "industry", "F",
                "contactName", "李娜", "chamberIds", String.valueOf(chamber)));
    }

    WebSession.Page post(List<String> fields) {
        return web.postForm("/apply", fields.toArray(String[]::new));
    }

    static String text(WebSession.Page page) {
        return HtmlUtils.htmlUnescape(page.body());
    }

    @Test
    void anyoneCanOpenTheFormAndTheLoginPageLinksToIt() {
        var page = web.get("/apply");
        var login = web.get("/login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("申请入会").contains("name=\"_csrf\"").contains("申请页商会" + token);
        assertThat(login.body()).contains("href=\"/apply\"").contains("申请入会");
    }

    @Test
    void anApplicationIsStoredAwaitingReviewAndConfirmedWithAReference() {
        var code = MemberTestData.enterpriseCode();
        var name = "网上申请" + token;

        var posted = post(enterprise(name, code, "138 0546 7788"));
        var confirmation = web.get("/apply/done");

        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.location()).endsWith("/apply/done");
        var id = jdbc.sql("select id from member where credit_code = ?").param(code).query(Long.class).single();
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).contains(name).contains("SQ").contains(String.format("%06d", id));
        var row = jdbc.sql("select status, mobile_masked, local from member where id = ?").param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getBoolean(3))).single();
        assertThat(row).containsExactly("APPLIED", "138****7788", true);
        var chambers = jdbc.sql("select chamber_id from member_chamber where member_id = ?").param(id)
                .query(Long.class).list();
        assertThat(chambers).containsExactly(chamber);
        var actor = jdbc.sql("select actor from member_event where member_id = ?").param(id).query(String.class).single();
        assertThat(actor).isEqualTo("(public)");
        assertThat(web.get("/apply/done").location()).as("the reference is shown once").endsWith("/apply");
    }

    @Test
    void badInputShowsChineseErrorsAndKeepsWhatWasTyped() {
        var valid = MemberTestData.enterpriseCode();
        var wrong = valid.substring(0, 17) + (valid.charAt(17) == 'A' ? 'B' : 'A');
        var fields = enterprise("错误申请" + token, wrong, "12345");

        var page = post(fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(text(page)).contains("统一社会信用代码校验位错误，应为 " + valid.charAt(17))
                .contains("手机号应为 11 位数字")
                .contains("value=\"" + wrong + "\"").contains("value=\"错误申请" + token + "\"").contains("value=\"12345\"");
        assertThat(jdbc.sql("select count(*) from member where name = ?").param("错误申请" + token)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anIndividualNeedsAValid18CharacterIdNumberAndAMobile() {
        var page = post(List.of("_csrf", web.csrf("/apply"), "type", "INDIVIDUAL", "name", "张三" + token,
                "idNumber", "370503850214003", "mobile", ""));

        assertThat(page.status()).isEqualTo(200);
        assertThat(text(page)).contains("不再受理 15 位旧身份证号").contains("请填写手机号")
                .contains("value=\"370503850214003\"");
    }

    @Test
    void aCodeAlreadyOnTheRollIsRefusedWithAClearMessage() {
        var code = MemberTestData.enterpriseCode();
        assertThat(post(enterprise("首次" + token, code, MemberTestData.mobile())).status()).isEqualTo(302);

        var again = post(enterprise("再次" + token, code.toLowerCase(), MemberTestData.mobile()));

        assertThat(again.status()).isEqualTo(200);
        assertThat(text(again)).contains("该统一社会信用代码已在会员名册中");
        assertThat(jdbc.sql("select count(*) from member where credit_code = ?").param(code).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aKindThatContradictsTheCodeIsExplained() {
        var fields = enterprise("合作社" + token, MemberTestData.creditCode("92370503"), MemberTestData.mobile());
        fields.addAll(List.of("kind", "COOPERATIVE"));

        var page = post(fields);

        assertThat(text(page)).contains("信用代码第 1-2 位为 92，不是农民专业合作社（93）");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        var fields = enterprise("无令牌" + token, MemberTestData.enterpriseCode(), MemberTestData.mobile());
        fields.set(1, "forged");

        var page = post(fields);

        assertThat(page.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from member where name = ?").param("无令牌" + token)
                .query(Long.class).single()).isZero();
    }

    @Test
    void tenApplicationsAnHourFromOneAddressThenAClearRefusal() {
        for (int i = 0; i < 10; i++) {
            var page = post(enterprise("限流" + i + token, MemberTestData.enterpriseCode(), MemberTestData.mobile()));
            assertThat(page.status()).as("application " + (i + 1)).isEqualTo(302);
        }
        var code = MemberTestData.enterpriseCode();

        var eleventh = post(enterprise("限流超出" + token, code, MemberTestData.mobile()));

        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(text(eleventh)).contains("提交申请过于频繁，请一小时后再试");
        assertThat(jdbc.sql("select count(*) from member where credit_code = ?").param(code).query(Long.class).single())
                .isZero();
    }
}
