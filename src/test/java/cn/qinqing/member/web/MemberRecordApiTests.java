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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Posts held and yearly dues through the API: stored, audited, on the timeline, bad input refused. */
@IntegrationTest
class MemberRecordApiTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    Api staff;
    long member;

    @BeforeEach
    void setUp() {
        staff = accounts.api(accounts.create("mrecord", Role.STAFF));
        var chamber = new MemberTestData(jdbc, federations).chamber("职务会费商会" + MemberTestData.unique());
        member = MemberTestData.active(staff, enterprise("职务会费" + MemberTestData.unique(),
                MemberTestData.enterpriseCode(), chamber));
    }

    long audits(String action) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?")
                .params(action, String.valueOf(member)).query(Long.class).single();
    }

    @Test
    void aPostIsAddedListedAndRemoved() {
        var body = Map.of("title", "政协委员", "level", "DISTRICT", "term", "第十届", "startedOn", "2022-01-10");

        var added = staff.post("/api/v1/members/" + member + "/posts", Api.json(body));
        var postId = added.json().get("id").asLong();
        var listed = staff.get("/api/v1/members/" + member + "/posts").json();
        var removed = staff.delete("/api/v1/members/" + member + "/posts/" + postId);
        var again = staff.delete("/api/v1/members/" + member + "/posts/" + postId);

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.header("Location")).endsWith("/posts/" + postId);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("title").asString()).isEqualTo("政协委员");
        assertThat(listed.get(0).get("level").asString()).isEqualTo("DISTRICT");
        assertThat(listed.get(0).get("startedOn").asString()).isEqualTo("2022-01-10");
        assertThat(removed.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/members/" + member + "/posts").json()).isEmpty();
        assertThat(audits("MEMBER_POST_ADD")).isEqualTo(1);
        assertThat(audits("MEMBER_POST_REMOVE")).isEqualTo(1);
        assertThat(staff.get("/api/v1/members/" + member + "/timeline").body()).contains("POST_ADDED").contains("POST_REMOVED");
    }

    @Test
    void aBadPostIs400WithFieldErrors() {
        var noTitle = staff.post("/api/v1/members/" + member + "/posts", Api.json(Map.of("level", "GALACTIC")));
        var backwards = staff.post("/api/v1/members/" + member + "/posts", Api.json(Map.of("title", "人大代表",
                "level", "CITY", "startedOn", "2024-01-01", "endedOn", "2023-01-01")));
        var badDate = staff.post("/api/v1/members/" + member + "/posts", Api.json(Map.of("title", "人大代表",
                "level", "CITY", "startedOn", "2024-13-01")));

        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().get("errors").get(0).get("field").asString()).isEqualTo("level");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("endedOn");
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("startedOn");
        assertThat(staff.get("/api/v1/members/" + member + "/posts").json()).isEmpty();
    }

    @Test
    void duesAreRecordedPerYearAndCorrected() {
        var first = staff.put("/api/v1/members/" + member + "/dues/2025", Api.json(Map.of("amount", 1200, "paidOn", "2025-03-01")));
        var corrected = staff.put("/api/v1/members/" + member + "/dues/2025", Api.json(Map.of("amount", "1500.5")));
        var listed = staff.get("/api/v1/members/" + member + "/dues").json();

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("amount").decimalValue()).isEqualByComparingTo("1200");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("year").asInt()).isEqualTo(2025);
        assertThat(listed.get(0).get("amount").decimalValue()).isEqualByComparingTo("1500.50");
        assertThat(listed.get(0).get("paidOn").isNull()).isTrue();
        assertThat(audits("MEMBER_DUES_RECORD")).isEqualTo(2);
    }

    @Test
    void badDuesAre400AndApplicationsHaveNoDues() {
        var nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 2;
        var tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

        var negative = staff.put("/api/v1/members/" + member + "/dues/2025", Api.json(Map.of("amount", "-1")));
        var fraction = staff.put("/api/v1/members/" + member + "/dues/2025", Api.json(Map.of("amount", "1.005")));
        var future = staff.put("/api/v1/members/" + member + "/dues/" + nextYear, Api.json(Map.of("amount", "1")));
        var paidLater = staff.put("/api/v1/members/" + member + "/dues/2025",
                Api.json(Map.of("amount", "1", "paidOn", tomorrow)));
        var applicant = MemberTestData.register(staff, enterprise("申请人会费" + MemberTestData.unique(),
                MemberTestData.enterpriseCode()));
        var forApplicant = staff.put("/api/v1/members/" + applicant + "/dues/2025", Api.json(Map.of("amount", "100")));

        assertThat(negative.status()).isEqualTo(400);
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(paidLater.json().get("errors").get(0).get("field").asString()).isEqualTo("paidOn");
        assertThat(forApplicant.status()).isEqualTo(409);
        assertThat(forApplicant.json().get("detail").asString()).isEqualTo("尚未入会的申请不能登记会费");
        assertThat(staff.get("/api/v1/members/" + member + "/dues").json()).isEmpty();
    }
}
