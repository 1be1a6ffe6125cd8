package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.step;
import static cn.qinqing.appeal.AppealOverdueListTests.ids;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervision list (督办诉求) and the leaders' instructions (督办意见), through the API and the pages
 * (in Chinese): what the job escalated, who may instruct, and what is refused.
 */
@IntegrationTest
class AppealOverdueSupervisionTests {

    static final LocalDate SUPERVISION_DAY = LocalDate.of(2026, 10, 14);

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;
    @Autowired
    AppealDeadlines deadlines;
    @Autowired
    Clock clock;

    AppealDeadlineFixture fx;
    String handler;
    String leaderName;
    Api leader;

    @BeforeEach
    void setUp() {
        fx = new AppealDeadlineFixture(accounts, jdbc, federations);
        handler = fx.account("shandler", RoleGrant.of(Role.STAFF));
        leaderName = fx.account("sleader", RoleGrant.of(Role.LEADER));
        leader = accounts.api(leaderName);
    }

    /** A case handled by the handler, due on 30 September 2026 and escalated on 14 October. */
    long supervisedCase() {
        var id = fx.call("COMPLAINT", MemberTestData.mobile());
        step(accounts.api(handler), id, "accept", Map.of());
        step(accounts.api(handler), id, "handle", Map.of());
        fx.due(id, LocalDate.of(2026, 9, 30));
        deadlines.runFor(LocalDate.of(2026, 10, 8));
        deadlines.runFor(SUPERVISION_DAY);
        assertThat(fx.supervisedOn(id)).isEqualTo(SUPERVISION_DAY);
        return id;
    }

    long overdueCase() {
        var id = fx.call("COMPLAINT", MemberTestData.mobile());
        step(fx.staff, id, "accept", Map.of());
        fx.due(id, LocalDate.now(clock).minusDays(3));
        return id;
    }

    @Test
    void theSupervisionListHoldsTheEscalatedCasesOnly() {
        var supervised = supervisedCase();
        var overdue = overdueCase();
        var page = fx.staff.get("/api/v1/appeals/supervision").json();
        assertThat(ids(page)).containsExactly(supervised);
        assertThat(page.get("content").get(0).get("supervisedOn").asString()).isEqualTo("2026-10-14");
        assertThat(page.get("content").get(0).get("remindedOn").asString()).isEqualTo("2026-10-08");
        assertThat(ids(fx.staff.get("/api/v1/appeals/overdue").json())).contains(supervised, overdue);
    }

    @Test
    void aLeaderInstructsOnASupervisedCaseAndItsHandlerIsTold() {
        var id = supervisedCase();
        var response = leader.post("/api/v1/appeals/" + id + "/supervision-notes",
                Api.json(Map.of("note", "请于三个工作日内办结并书面报告")));
        assertThat(response.status()).as(response.body()).isEqualTo(204);
        assertThat(fx.steps(id, "SUPERVISION_NOTE")).isEqualTo(1);
        var history = fx.staff.get("/api/v1/appeals/" + id + "/history").body();
        assertThat(history).contains("SUPERVISION_NOTE", "请于三个工作日内办结并书面报告", "REMINDED", "SUPERVISED");
        assertThat(fx.notices(handler, "领导督办意见")).singleElement().satisfies(n -> {
            assertThat(n.body()).contains(fx.trackingNumber(id), "测试" + leaderName);
            assertThat(n.link()).isEqualTo("/appeals/" + id);
        });
        assertThat(fx.notices(leaderName, "领导督办意见")).as("the leader wrote it").isEmpty();
    }

    @Test
    void instructionsAreRefusedWithAReasonAndNothingIsRecorded() {
        var id = supervisedCase();
        var path = "/api/v1/appeals/" + id + "/supervision-notes";
        var blank = leader.post(path, Api.json(Map.of("note", "  ")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("请填写督办意见");
        assertThat(leader.post(path, Api.json(Map.of("note", "长".repeat(2001)))).status()).isEqualTo(400);
        assertThat(fx.staff.post(path, Api.json(Map.of("note", "督办"))).status()).isEqualTo(403);

        var otherLeader = new AppealDeadlineFixture(accounts, jdbc, federations).account("xleader", RoleGrant.of(Role.LEADER));
        assertThat(accounts.api(otherLeader).post(path, Api.json(Map.of("note", "督办"))).status()).isEqualTo(404);

        var notSupervised = leader.post("/api/v1/appeals/" + overdueCase() + "/supervision-notes",
                Api.json(Map.of("note", "督办")));
        assertThat(notSupervised.status()).isEqualTo(409);
        assertThat(notSupervised.body()).contains("尚未列入督办");

        step(accounts.api(handler), id, "resolve", Map.of("reply", "已办结"));
        var closed = leader.post(path, Api.json(Map.of("note", "督办")));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.body()).contains("已办结", "不能再填写督办意见");
        assertThat(fx.steps(id, "SUPERVISION_NOTE")).isZero();
    }

    @Test
    void thePagesListTheCasesInChineseAndTheLeaderWritesAnInstructionThroughTheForm() {
        var id = supervisedCase();
        var number = fx.trackingNumber(id);
        var foreign = new AppealDeadlineFixture(accounts, jdbc, federations);
        var foreignId = foreign.call("COMPLAINT", MemberTestData.mobile());
        step(foreign.staff, foreignId, "accept", Map.of());
        foreign.due(foreignId, LocalDate.of(2026, 9, 30));

        var overdue = fx.staff.get("/appeals/overdue");
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.body()).contains("<title>超期诉求", "超期工作日", number, "href=\"/appeals/" + id + "\"")
                .doesNotContain("/appeals/" + foreignId + "\"", foreign.token);

        var list = leader.get("/appeals/supervision?minDays=abc");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("<title>督办诉求", number, "部分筛选条件无效", "/appeals/supervision/" + id);
        assertThat(fx.staff.get("/appeals/supervision").body()).contains(number)
                .doesNotContain("/appeals/supervision/" + id);

        var form = leader.get("/appeals/supervision/" + id);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("填写督办意见", number, "超期催办", "列入督办");

        var refused = leader.send(java.net.http.HttpRequest.newBuilder(leader.uri("/appeals/supervision/" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("note=")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("请填写督办意见", "is-invalid");

        var saved = leader.send(java.net.http.HttpRequest.newBuilder(leader.uri("/appeals/supervision/" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("note=%E5%8A%A0%E5%BF%AB%E5%8A%9E%E7%90%86")));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/appeals/supervision");
        assertThat(fx.steps(id, "SUPERVISION_NOTE")).isEqualTo(1);

        assertThat(accounts.sysadmin().get("/appeals/overdue").status()).isEqualTo(403);
        assertThat(fx.staff.get("/appeals/supervision/" + id).status()).isEqualTo(403);
    }

    @Test
    void theCaseShowsItsReminderAndSupervisionDaysAndOnlyALeaderGetsTheInstructionLink() {
        var id = supervisedCase();
        var json = fx.staff.get("/api/v1/appeals/" + id).json();
        assertThat(json.get("remindedOn").asString()).isEqualTo("2026-10-08");
        assertThat(json.get("supervisedOn").asString()).isEqualTo("2026-10-14");
        assertThat(leader.get("/api/v1/appeals/" + id).json().get("actions").toString()).contains("SUPERVISION_NOTE");
        assertThat(json.get("actions").toString()).doesNotContain("SUPERVISION_NOTE");

        var seenByLeader = leader.get("/appeals/" + id);
        assertThat(seenByLeader.status()).isEqualTo(200);
        assertThat(seenByLeader.body()).contains("催办日期", "2026-10-08", "督办日期", "2026-10-14",
                "id=\"appeal-supervision-note\"", "href=\"/appeals/supervision/" + id + "\"", "填写督办意见");
        var seenByStaff = fx.staff.get("/appeals/" + id);
        assertThat(seenByStaff.body()).contains("催办日期", "督办日期")
                .doesNotContain("appeal-supervision-note", "/appeals/supervision/" + id + "\"");

        step(accounts.api(handler), id, "resolve", Map.of("reply", "已办结"));
        assertThat(leader.get("/appeals/" + id).body()).as("closed: nothing left to instruct")
                .contains("督办日期").doesNotContain("appeal-supervision-note");
    }

    @Test
    void aCaseTheJobHasNotTouchedShowsNoReminderOrSupervisionDay() {
        var id = overdueCase();
        var json = leader.get("/api/v1/appeals/" + id).json();
        assertThat(json.get("remindedOn").isNull()).isTrue();
        assertThat(json.get("supervisedOn").isNull()).isTrue();
        assertThat(json.get("actions").toString()).doesNotContain("SUPERVISION_NOTE");
        assertThat(leader.get("/appeals/" + id).body()).doesNotContain("催办日期", "督办日期", "appeal-supervision-note");
    }
}
