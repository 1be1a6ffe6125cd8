package cn.qinqing.member.web;

import static cn.qinqing.member.MemberTestData.enterprise;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Application, review and the life cycle through the API, with the timeline and the 409s. */
@IntegrationTest
class MemberLifeCycleTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    Api staff;
    String staffName;
    String token;
    long chamber;

    @BeforeEach
    void setUp() {
        staffName = accounts.create("mlife", Role.STAFF);
        staff = accounts.api(staffName);
        token = MemberTestData.unique();
        chamber = new MemberTestData(jdbc, federations).chamber("会籍测试商会" + token);
    }

    @Test
    void anApplicationIsApprovedWithAGeneratedNumberEndsAndIsReadmittedWithEveryStepOnTheTimeline() {
        var id = MemberTestData.register(staff, enterprise("会籍" + token, MemberTestData.enterpriseCode(), chamber));
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        var approved = staff.post("/api/v1/members/" + id + "/approval", "{}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(approved.json().get("memberNumber").asString()).matches("370503-" + today.getYear() + "-\\d{4,}");
        assertThat(approved.json().get("joinedOn").asString()).isEqualTo(today.toString());

        var ended = staff.post("/api/v1/members/" + id + "/ending",
                Api.json(Map.of("status", "LAPSED", "reason", "连续两年未缴会费")));
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("status").asString()).isEqualTo("LAPSED");

        var readmitted = staff.post("/api/v1/members/" + id + "/readmission", Api.json(Map.of("reason", "补缴会费")));
        assertThat(readmitted.status()).isEqualTo(200);
        assertThat(readmitted.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(readmitted.json().get("memberNumber").asString())
                .isEqualTo(approved.json().get("memberNumber").asString());

        var timeline = staff.get("/api/v1/members/" + id + "/timeline").json();
        var actions = new ArrayList<String>();
        timeline.forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactly("APPLIED", "APPROVED", "LAPSED", "READMITTED");
        assertThat(timeline.get(2).get("actor").asString()).isEqualTo(staffName);
        assertThat(timeline.get(2).get("reason").asString()).isEqualTo("连续两年未缴会费");
        assertThat(timeline.get(3).get("reason").asString()).isEqualTo("补缴会费");
        assertThat(timeline.get(0).get("occurredAt").asString()).isNotBlank();
        var periods = jdbc.sql("select count(*) from member_period where member_id = ?").param(id).query(Long.class).single();
        var open = jdbc.sql("select count(*) from member_period where member_id = ? and ended_on is null").param(id)
                .query(Long.class).single();
        assertThat(periods).isEqualTo(2);
        assertThat(open).isEqualTo(1);
    }

    @Test
    void aGivenMemberNumberIsUsedAndCannotBeGivenTwice() {
        var number = "HK-" + token.toUpperCase();
        var first = MemberTestData.register(staff, enterprise("编号甲" + token, MemberTestData.enterpriseCode(), chamber));
        var second = MemberTestData.register(staff, enterprise("编号乙" + token, MemberTestData.enterpriseCode(), chamber));

        var approved = staff.post("/api/v1/members/" + first + "/approval", Api.json(Map.of("memberNumber", number)));
        var taken = staff.post("/api/v1/members/" + second + "/approval", Api.json(Map.of("memberNumber", number)));

        assertThat(approved.json().get("memberNumber").asString()).isEqualTo(number);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("memberNumber");
        assertThat(staff.get("/api/v1/members/" + second).json().get("status").asString()).isEqualTo("APPLIED");
    }

    @Test
    void aRejectedApplicationKeepsItsReasonAndCanNoLongerBeApproved() {
        var id = MemberTestData.register(staff, enterprise("驳回" + token, MemberTestData.enterpriseCode(), chamber));

        var noReason = staff.post("/api/v1/members/" + id + "/rejection", Api.json(Map.of("reason", " ")));
        var rejected = staff.post("/api/v1/members/" + id + "/rejection", Api.json(Map.of("reason", "材料不全")));
        var approveAfter = staff.post("/api/v1/members/" + id + "/approval", "{}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("reviewNote").asString()).isEqualTo("材料不全");
        assertThat(approveAfter.status()).isEqualTo(409);
        assertThat(approveAfter.contentType()).startsWith("application/problem+json");
        assertThat(approveAfter.json().get("detail").asString())
                .isEqualTo("只有“申请中”的申请才能审核通过，该会员当前状态为“未通过”");
    }

    @Test
    void illegalTransitionsAre409WithAChineseExplanation() {
        var applied = MemberTestData.register(staff, enterprise("非法甲" + token, MemberTestData.enterpriseCode(), chamber));
        var active = MemberTestData.active(staff, enterprise("非法乙" + token, MemberTestData.enterpriseCode(), chamber));
        var end = Api.json(Map.of("status", "WITHDRAWN", "reason", "本人申请"));
        var reason = Api.json(Map.of("reason", "理由"));

        var endApplied = staff.post("/api/v1/members/" + applied + "/ending", end);
        var readmitApplied = staff.post("/api/v1/members/" + applied + "/readmission", reason);
        var approveActive = staff.post("/api/v1/members/" + active + "/approval", "{}");
        var rejectActive = staff.post("/api/v1/members/" + active + "/rejection", reason);
        var readmitActive = staff.post("/api/v1/members/" + active + "/readmission", reason);

        assertThat(List.of(endApplied.status(), readmitApplied.status(), approveActive.status(), rejectActive.status(),
                readmitActive.status())).containsOnly(409);
        assertThat(endApplied.json().get("detail").asString()).isEqualTo("只有“在册”会员才能终止会籍，该会员当前状态为“申请中”");
        assertThat(readmitActive.json().get("detail").asString()).contains("重新入会").contains("在册");
        assertThat(staff.get("/api/v1/members/" + applied).json().get("status").asString()).isEqualTo("APPLIED");
    }

    @Test
    void endingNeedsAnEndingStatusAndAReason() {
        var id = MemberTestData.active(staff, enterprise("终止" + token, MemberTestData.enterpriseCode(), chamber));

        var active = staff.post("/api/v1/members/" + id + "/ending", Api.json(Map.of("status", "ACTIVE", "reason", "x")));
        var unknown = staff.post("/api/v1/members/" + id + "/ending", Api.json(Map.of("status", "GONE", "reason", "x")));
        var noReason = staff.post("/api/v1/members/" + id + "/ending", Api.json(Map.of("status", "EXPELLED")));
        var expelled = staff.post("/api/v1/members/" + id + "/ending",
                Api.json(Map.of("status", "EXPELLED", "reason", "严重违反章程")));

        assertThat(active.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(expelled.json().get("status").asString()).isEqualTo("EXPELLED");
    }

    @Test
    void anActiveMemberCannotLoseItsJoinDate() {
        var body = enterprise("入会日期" + token, MemberTestData.enterpriseCode(), chamber);
        var id = MemberTestData.active(staff, body);
        body.put("joinedOn", "");

        var response = staff.put("/api/v1/members/" + id, Api.json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("joinedOn");
    }
}
