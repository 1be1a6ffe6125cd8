package cn.qinqing.legalaid;

import static cn.qinqing.legalaid.LegalAidWorld.lawyer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The referral pages: refer a case, record sessions and the outcome, with forms that keep the input. */
@IntegrationTest
class LegalAidReferralPageTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Clock clock;

    LegalAidWorld world;
    Api staff;

    @BeforeEach
    void setUp() {
        world = new LegalAidWorld(jdbc, accounts);
        staff = world.user(world.districtId, Role.STAFF);
    }

    @Test
    void aCaseIsReferredFromItsPageWithSpecialistsFirstAndTheNoteKeptOnError() {
        world.create(staff, lawyer(world.districtId, "知产律师", "13812345678", "INTELLECTUAL_PROPERTY"));
        var debts = world.create(staff, lawyer(world.districtId, "欠款律师", "13812345678", "UNPAID_DEBTS"));
        var appealId = world.acceptedCase(staff);
        var page = staff.get("/legal-aid/appeals/" + appealId + "/referrals");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("转介法律服务", "李经理", "已受理", "尚未转介", "欠款律师（律师，山东黄河口律师事务所） ★");
        assertThat(page.body().indexOf("欠款律师")).as("specialists first").isLessThan(page.body().indexOf("知产律师"));

        var invalid = world.postForm(staff, "/legal-aid/appeals/" + appealId + "/referrals", "panelMemberId", "",
                "note", "保留的转介说明");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("请选择承办的律师或调解员", "保留的转介说明");

        var referred = world.postForm(staff, "/legal-aid/appeals/" + appealId + "/referrals",
                "panelMemberId", String.valueOf(debts), "note", "请出具律师函");
        assertThat(referred.status()).isEqualTo(302);
        assertThat(referred.header("Location")).contains("/legal-aid/referrals/");
        var twice = world.postForm(staff, "/legal-aid/appeals/" + appealId + "/referrals",
                "panelMemberId", String.valueOf(debts), "note", "再次转介");
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body()).contains("请勿重复转介", "再次转介");
        assertThat(staff.get("/legal-aid/appeals/" + appealId + "/referrals").body()).contains("欠款律师", "服务中");
    }

    @Test
    void theReferralPageRecordsSessionsAndTheOutcomeKeepingWhatWasTyped() {
        var lawyerId = world.create(staff, lawyer(world.districtId, "页面转介律师", "13812345678"));
        var id = world.referral(staff, world.acceptedCase(staff), lawyerId);
        var page = staff.get("/legal-aid/referrals/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("转介详情", "页面转介律师", "请提供法律意见", "暂无服务记录", "id=\"session-form\"",
                "id=\"outcome-form\"");

        var tomorrow = LocalDate.now(clock).plusDays(1).toString();
        var invalid = world.postForm(staff, "/legal-aid/referrals/" + id + "/sessions", "heldOn", tomorrow,
                "kind", "CONSULTATION", "place", "保留地点", "note", "保留情况");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("服务日期不能晚于今天", "value=\"保留地点\"", "保留情况", "value=\"" + tomorrow + "\"");
        var badDate = world.postForm(staff, "/legal-aid/referrals/" + id + "/sessions", "heldOn", "2026-02-30",
                "kind", "CONSULTATION", "place", "", "note", "");
        assertThat(badDate.body()).contains("服务日期格式应为");

        var today = LocalDate.now(clock).toString();
        var saved = world.postForm(staff, "/legal-aid/referrals/" + id + "/sessions", "heldOn", today,
                "kind", "CONSULTATION", "place", "律所会议室", "note", "当面解答");
        assertThat(saved.status()).isEqualTo(302);
        var missing = world.postForm(staff, "/legal-aid/referrals/" + id + "/outcome", "outcome", "", "note", "");
        assertThat(missing.body()).contains("请选择结果", "请填写结果说明");
        var concluded = world.postForm(staff, "/legal-aid/referrals/" + id + "/outcome", "outcome", "ANSWERED",
                "note", "已出具书面法律意见");
        assertThat(concluded.status()).isEqualTo(302);
        var after = staff.get("/legal-aid/referrals/" + id).body();
        assertThat(after).contains("律所会议室", "当面解答", "咨询", "已解答", "已出具书面法律意见")
                .doesNotContain("id=\"session-form\"", "id=\"outcome-form\"");
    }

    @Test
    void otherRolesCannotUseTheReferralPages() {
        var lawyerId = world.create(staff, lawyer(world.districtId, "无权页面律师", "13812345678"));
        var appealId = world.acceptedCase(staff);
        var id = world.referral(staff, appealId, lawyerId);
        var viceChair = world.user(world.districtId, Role.VICE_CHAIR);
        assertThat(viceChair.get("/legal-aid/referrals/" + id).status()).isEqualTo(403);
        assertThat(viceChair.get("/legal-aid/appeals/" + appealId + "/referrals").status()).isEqualTo(403);
        assertThat(accounts.sysadmin().get("/legal-aid/referrals/" + id).status()).isEqualTo(403);
        var neighbour = world.user(world.otherDistrict(), Role.STAFF);
        assertThat(neighbour.get("/legal-aid/referrals/" + id).status()).isEqualTo(404);
        assertThat(neighbour.get("/legal-aid/appeals/" + appealId + "/referrals").status()).isEqualTo(404);
    }
}
