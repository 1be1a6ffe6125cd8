package cn.qinqing.legalaid;

import static cn.qinqing.legalaid.LegalAidWorld.error;
import static cn.qinqing.legalaid.LegalAidWorld.lawyer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Referring a case to the panel, its sessions and outcome, through the API; access follows the case. */
@IntegrationTest
class LegalAidReferralTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Federations federations;
    @Autowired
    Clock clock;

    LegalAidWorld world;
    Api staff;
    long lawyerId;

    @BeforeEach
    void setUp() {
        world = new LegalAidWorld(jdbc, accounts);
        staff = world.user(world.districtId, Role.STAFF);
        lawyerId = world.create(staff, lawyer(world.districtId, "转介律师", "13812345678", "UNPAID_DEBTS"));
    }

    @Test
    void aCaseIsReferredSessionsAreRecordedAndTheOutcomeClosesTheReferralAllAudited() {
        var appealId = world.acceptedCase(staff);
        var referred = staff.post("/api/v1/appeals/" + appealId + "/referrals",
                Api.json(Map.of("panelMemberId", lawyerId, "note", "请就欠款 38 万元提供法律意见")));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        var id = referred.json().get("id").asLong();
        assertThat(referred.header("Location")).endsWith("/api/v1/legal-aid/referrals/" + id);
        assertThat(referred.json().get("appealId").asLong()).isEqualTo(appealId);
        assertThat(referred.json().get("panelMemberName").asString()).isEqualTo("转介律师");
        assertThat(referred.json().get("note").asString()).isEqualTo("请就欠款 38 万元提供法律意见");
        assertThat(referred.json().get("outcome").isNull()).isTrue();
        var stored = jdbc.sql("select note_cipher from legal_aid_referral where id = ?").param(id).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("欠款");

        var today = LocalDate.now(clock).toString();
        var session = staff.post("/api/v1/legal-aid/referrals/" + id + "/sessions", Api.json(Map.of(
                "heldOn", today, "kind", "MEDIATION", "place", "区工商联调解室", "note", "双方同意分期付款")));
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        assertThat(session.json().get("sessions").size()).isEqualTo(1);
        assertThat(session.json().get("sessions").get(0).get("kind").asString()).isEqualTo("MEDIATION");
        assertThat(session.json().get("sessions").get(0).get("place").asString()).isEqualTo("区工商联调解室");

        var outcome = staff.post("/api/v1/legal-aid/referrals/" + id + "/outcome",
                Api.json(Map.of("outcome", "SETTLED", "note", "签订分期还款协议")));
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
        assertThat(outcome.json().get("outcome").asString()).isEqualTo("SETTLED");
        assertThat(outcome.json().get("outcomeOn").asString()).isEqualTo(today);
        assertThat(outcome.json().get("outcomeNote").asString()).isEqualTo("签订分期还款协议");

        var again = staff.post("/api/v1/legal-aid/referrals/" + id + "/outcome",
                Api.json(Map.of("outcome", "LITIGATION", "note", "改判")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).isEqualTo("该转介已登记结果，不能重复登记");
        var late = staff.post("/api/v1/legal-aid/referrals/" + id + "/sessions",
                Api.json(Map.of("heldOn", today, "kind", "CONSULTATION")));
        assertThat(late.status()).isEqualTo(409);

        var list = staff.get("/api/v1/appeals/" + appealId + "/referrals");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).get("outcome").asString()).isEqualTo("SETTLED");
        assertThat(world.audited("LEGAL_AID_REFERRAL_CREATE", id)).isEqualTo(1);
        assertThat(world.audited("LEGAL_AID_REFERRAL_OUTCOME", id)).isEqualTo(1);
        var sessionId = session.json().get("sessions").get(0).get("id").asLong();
        assertThat(world.audited("LEGAL_AID_SESSION_CREATE", sessionId)).isEqualTo(1);
    }

    @Test
    void badSessionsAndOutcomesAnswer400WithChineseMessagesAndStoreNothing() {
        var id = world.referral(staff, world.acceptedCase(staff), lawyerId);
        var today = LocalDate.now(clock);
        var path = "/api/v1/legal-aid/referrals/" + id;
        var empty = staff.post(path + "/sessions", Api.json(Map.of("place", "地".repeat(101))));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(error(empty.json(), "place")).isEqualTo("地点不能超过 100 个字符");
        var missing = staff.post(path + "/sessions", Api.json(Map.of("note", "无日期")));
        assertThat(error(missing.json(), "heldOn")).isEqualTo("请填写服务日期");
        assertThat(error(missing.json(), "kind")).isEqualTo("请选择服务方式：咨询、调解或代理");
        var future = staff.post(path + "/sessions", Api.json(Map.of("heldOn", today.plusDays(1).toString(), "kind", "CONSULTATION")));
        assertThat(error(future.json(), "heldOn")).isEqualTo("服务日期不能晚于今天");
        var early = staff.post(path + "/sessions", Api.json(Map.of("heldOn", today.minusDays(3).toString(), "kind", "CONSULTATION")));
        assertThat(error(early.json(), "heldOn")).isEqualTo("服务日期不能早于转介日期 " + today);
        var outcome = staff.post(path + "/outcome", Api.json(Map.of("note", " ")));
        assertThat(error(outcome.json(), "outcome")).isEqualTo("请选择结果：调解成功、调解不成、转诉讼或已解答");
        assertThat(error(outcome.json(), "note")).isEqualTo("请填写结果说明");
        assertThat(staff.post(path + "/outcome", Api.json(Map.of("outcome", "WON", "note", "x"))).status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from legal_aid_session where referral_id = ?").param(id).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select outcome is null from legal_aid_referral where id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void onlyALawyerRepresentsAndOnlyActiveVisiblePanelMembersTakeReferrals() {
        var appealId = world.acceptedCase(staff);
        var mediator = lawyer(world.districtId, "调解员甲", "13812345678");
        mediator.put("kind", "MEDIATOR");
        mediator.put("licenceNumber", null);
        mediator.put("organisation", "区人民调解委员会");
        var mediatorId = world.create(staff, mediator);
        var referral = world.referral(staff, appealId, mediatorId);
        var represent = staff.post("/api/v1/legal-aid/referrals/" + referral + "/sessions",
                Api.json(Map.of("heldOn", LocalDate.now(clock).toString(), "kind", "REPRESENTATION")));
        assertThat(error(represent.json(), "kind")).isEqualTo("只有律师可以代理，人民调解员请选择咨询或调解");

        var inactive = lawyer(world.districtId, "停用律师", "13812345678");
        inactive.put("active", false);
        var inactiveId = world.create(staff, inactive);
        var refused = staff.post("/api/v1/appeals/" + appealId + "/referrals", Api.json(Map.of("panelMemberId", inactiveId)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(error(refused.json(), "panelMemberId")).isEqualTo("停用律师 已停用，不能接受转介");
        var cityLawyer = world.create(world.user(world.cityId, Role.STAFF), lawyer(world.cityId, "上级律师", "13812345678"));
        var outside = staff.post("/api/v1/appeals/" + appealId + "/referrals", Api.json(Map.of("panelMemberId", cityLawyer)));
        assertThat(error(outside.json(), "panelMemberId")).isEqualTo("所选成员不存在或不在您的管辖范围内");
        var none = staff.post("/api/v1/appeals/" + appealId + "/referrals", Api.json(Map.of("note", "未选成员")));
        assertThat(error(none.json(), "panelMemberId")).isEqualTo("请选择承办的律师或调解员");

        var twice = staff.post("/api/v1/appeals/" + appealId + "/referrals", Api.json(Map.of("panelMemberId", mediatorId)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).isEqualTo("该诉求已转介给此成员且尚未有结果，请勿重复转介");
        assertThat(jdbc.sql("select count(*) from legal_aid_referral where appeal_id = ?").param(appealId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCaseNotYetAcceptedCannotBeReferred() {
        var appealId = world.fileCase(staff);
        var response = staff.post("/api/v1/appeals/" + appealId + "/referrals", Api.json(Map.of("panelMemberId", lawyerId)));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asString()).isEqualTo("只能转介已受理、尚未办结的诉求");
    }

    @Test
    void referralsFollowTheCasesVisibilityAndOnlyStaffAndLeadersChangeThem() {
        var appealId = world.acceptedCase(staff);
        var id = world.referral(staff, appealId, lawyerId);
        var cityStaff = world.user(world.cityId, Role.STAFF);
        assertThat(cityStaff.get("/api/v1/appeals/" + appealId + "/referrals").status()).as("a parent's staff see it")
                .isEqualTo(200);
        var neighbourDistrict = world.otherDistrict();
        var neighbour = world.user(neighbourDistrict, Role.STAFF);
        assertThat(neighbour.get("/api/v1/appeals/" + appealId + "/referrals").status()).isEqualTo(404);
        assertThat(neighbour.get("/api/v1/legal-aid/referrals/" + id).status()).isEqualTo(404);
        var neighbourLawyer = world.create(neighbour, lawyer(neighbourDistrict, "邻区律师", "13812345678"));
        assertThat(neighbour.post("/api/v1/appeals/" + appealId + "/referrals",
                Api.json(Map.of("panelMemberId", neighbourLawyer))).status()).isEqualTo(404);
        assertThat(neighbour.post("/api/v1/legal-aid/referrals/" + id + "/sessions",
                Api.json(Map.of("heldOn", LocalDate.now(clock).toString(), "kind", "CONSULTATION"))).status()).isEqualTo(404);
        assertThat(neighbour.post("/api/v1/legal-aid/referrals/" + id + "/outcome",
                Api.json(Map.of("outcome", "ANSWERED", "note", "越权"))).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/legal-aid/referrals/999999999").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/appeals/999999999/referrals").status()).isEqualTo(404);
        assertThat(world.postForm(neighbour, "/legal-aid/referrals/" + id + "/outcome", "outcome", "ANSWERED",
                "note", "越权").status()).isEqualTo(404);

        var viceChair = world.user(world.districtId, Role.VICE_CHAIR);
        assertThat(viceChair.get("/api/v1/appeals/" + appealId + "/referrals").status()).isEqualTo(200);
        assertThat(viceChair.post("/api/v1/legal-aid/referrals/" + id + "/outcome",
                Api.json(Map.of("outcome", "ANSWERED", "note", "无权"))).status()).isEqualTo(403);
        for (var admin : new Api[] {accounts.sysadmin(), accounts.secadmin(), accounts.auditadmin()}) {
            assertThat(admin.get("/api/v1/appeals/" + appealId + "/referrals").status()).isEqualTo(403);
            assertThat(admin.get("/api/v1/legal-aid/referrals/" + id).status()).isEqualTo(403);
            assertThat(admin.post("/api/v1/appeals/" + appealId + "/referrals",
                    Api.json(Map.of("panelMemberId", lawyerId))).status()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select outcome is null from legal_aid_referral where id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void aMemberSeesTheReferralsOfItsOwnCaseOnlyAndCannotRefer() {
        var homeStaffName = accounts.create("lstaff", Role.STAFF);
        var homeStaff = accounts.api(homeStaffName);
        var homeLawyer = world.create(homeStaff, lawyer(federations.home().id(), "会员案律师", "13812345678"));
        var token = MemberTestData.unique();
        var ownMember = MemberTestData.register(homeStaff, MemberTestData.enterprise("法援会员企业" + token,
                MemberTestData.enterpriseCode()));
        var otherMember = MemberTestData.register(homeStaff, MemberTestData.enterprise("法援他家企业" + token,
                MemberTestData.enterpriseCode()));
        var own = accounts.api(accounts.createBound("lmember", new RoleGrant(Role.MEMBER, null, ownMember, null)));
        var other = accounts.api(accounts.createBound("lother", new RoleGrant(Role.MEMBER, null, otherMember, null)));
        var body = new HashMap<String, Object>(Map.of("category", "COMPLAINT", "subject", "ARREARS",
                "title", "货款拖欠" + token, "content", "货款逾期未付，请求法律帮助。"));
        var filed = own.post("/api/v1/appeals", Api.json(body));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        var appealId = filed.json().get("id").asLong();
        assertThat(homeStaff.post("/api/v1/appeals/" + appealId + "/accept", Api.json(Map.of("note", "受理")))
                .status()).isEqualTo(200);
        var id = world.referral(homeStaff, appealId, homeLawyer);

        var seen = own.get("/api/v1/appeals/" + appealId + "/referrals");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get(0).get("panelMemberName").asString()).isEqualTo("会员案律师");
        assertThat(seen.body()).doesNotContain("13812345678", "138****5678");
        assertThat(other.get("/api/v1/appeals/" + appealId + "/referrals").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/legal-aid/referrals/" + id).status()).isEqualTo(404);
        assertThat(own.post("/api/v1/appeals/" + appealId + "/referrals",
                Api.json(Map.of("panelMemberId", homeLawyer))).status()).isEqualTo(403);
    }

    @Test
    void workingWithReferralsDoesNotCountAsReadingTheCaseButThePagesShowingItDo() {
        var appealId = world.acceptedCase(staff);
        var id = world.referral(staff, appealId, lawyerId);
        long reads = world.audited("APPEAL_READ", appealId);

        assertThat(staff.get("/api/v1/appeals/" + appealId + "/referrals").json().get(0).get("id").asLong()).isEqualTo(id);
        assertThat(staff.get("/api/v1/legal-aid/referrals/" + id).status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/legal-aid/referrals/" + id + "/sessions", Api.json(Map.of(
                "heldOn", LocalDate.now(clock).toString(), "kind", "CONSULTATION"))).status()).isEqualTo(201);
        assertThat(staff.post("/api/v1/legal-aid/referrals/" + id + "/outcome",
                Api.json(Map.of("outcome", "ANSWERED", "note", "已出具法律意见"))).status()).isEqualTo(200);
        assertThat(world.audited("APPEAL_READ", appealId)).as("referrals only: the case was not read").isEqualTo(reads);

        assertThat(staff.get("/appeals/" + appealId).status()).isEqualTo(200);
        assertThat(world.audited("APPEAL_READ", appealId)).as("the case page").isEqualTo(reads + 1);
        assertThat(staff.get("/legal-aid/appeals/" + appealId + "/referrals").body()).contains("工程款拖欠");
        assertThat(world.audited("APPEAL_READ", appealId)).as("the referrals page shows the case's title").isEqualTo(reads + 2);

        var neighbour = world.user(world.otherDistrict(), Role.STAFF);
        assertThat(neighbour.get("/api/v1/appeals/" + appealId + "/referrals").status()).isEqualTo(404);
        assertThat(neighbour.get("/api/v1/legal-aid/referrals/" + id).status()).isEqualTo(404);
    }
}
