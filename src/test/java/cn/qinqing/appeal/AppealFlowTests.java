package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.caseBody;
import static cn.qinqing.appeal.AppealFixture.file;
import static cn.qinqing.appeal.AppealFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.organisation.Federations;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case from filing to archive through the API, as the member, staff, a leader and a department see it. */
@IntegrationTest
class AppealFlowTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Clock clock;

    AppealFixture fx;

    @BeforeEach
    void setUp() {
        fx = new AppealFixture(accounts, jdbc, federations);
    }

    @Test
    void aMembersCaseGoesFromAcceptanceThroughTransferDissatisfactionAndReopeningToArchive() {
        var memberId = fx.member("拖欠企业");
        var member = fx.memberAccount(memberId);
        var departmentId = fx.department("区市场监管局");
        var liaison = fx.liaison(departmentId);
        var today = LocalDate.now(clock);

        var filed = member.post("/api/v1/appeals", Api.json(caseBody("COMPLAINT", "ARREARS", "工程款拖欠一年")));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.header("Location")).endsWith("/api/v1/appeals/" + filed.json().get("id").asLong());
        assertThat(filed.json().get("trackingNumber").asString()).matches("WQ\\d{8}-\\d{4,}");
        assertThat(filed.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(filed.json().get("dueDate").asString()).isEqualTo(calendar.addWorkingDays(today, 1).toString());
        long id = filed.json().get("id").asLong();

        var accepted = step(fx.staff, id, "accept", Map.of("note", "已电话联系企业"));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("dueDate").asString()).isEqualTo(calendar.addWorkingDays(today, 13).toString());

        var transferred = step(fx.staff, id, "transfer", Map.of("departmentId", departmentId, "note", "请核查"));
        assertThat(transferred.get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(transferred.get("departmentName").asString()).isEqualTo("区市场监管局" + fx.token);

        var seenByLiaison = liaison.get("/api/v1/appeals/" + id);
        assertThat(seenByLiaison.status()).isEqualTo(200);
        assertThat(seenByLiaison.json().get("title").asString()).isEqualTo("工程款拖欠一年");
        assertThat(seenByLiaison.json().get("actions").toString()).contains("RESOLVE", "NOTE").doesNotContain("ACCEPT");
        step(liaison, id, "notes", Map.of("note", "已约谈欠款单位"));
        assertThat(step(liaison, id, "resolve", Map.of("reply", "欠款单位承诺月底前付清")).get("status").asString())
                .isEqualTo("RESOLVED");

        var reopened = step(member, id, "rate", Map.of("rating", "DISSATISFIED", "comment", "月底未付"));
        assertThat(reopened.get("status").asString()).isEqualTo("TRANSFERRED");
        assertThat(reopened.get("reopened").asBoolean()).isTrue();
        assertThat(reopened.get("dueDate").asString()).isEqualTo(calendar.addWorkingDays(today, 13).toString());

        step(liaison, id, "resolve", Map.of("reply", "欠款已全部到账"));
        var rated = step(member, id, "rate", Map.of("rating", "SATISFIED"));
        assertThat(rated.get("rating").asString()).isEqualTo("SATISFIED");
        assertThat(rated.get("reply").asString()).isEqualTo("欠款已全部到账");
        assertThat(step(fx.staff, id, "archive", Map.of()).get("status").asString()).isEqualTo("ARCHIVED");

        var history = member.get("/api/v1/appeals/" + id + "/history").json();
        var actions = new ArrayList<String>();
        history.forEach(s -> actions.add(s.get("action").asString()));
        assertThat(actions).containsExactly("SUBMIT", "ACCEPT", "TRANSFER", "NOTE", "RESOLVE", "RATE", "REOPEN",
                "RESOLVE", "RATE", "ARCHIVE");
        assertThat(history.get(1).get("actorName").asString()).isEqualTo("测试" + fx.staffName);
        assertThat(history.get(1).get("note").asString()).isEqualTo("已电话联系企业");
        assertThat(history.get(6).get("fromStatus").asString()).isEqualTo("RESOLVED");
        assertThat(history.get(6).get("toStatus").asString()).isEqualTo("TRANSFERRED");
    }

    @Test
    void anIllegalStepAnswers409InChineseAndChangesNothing() {
        var id = file(fx.memberAccount(fx.member("冲突企业")), caseBody("CONSULTATION", "POLICY", "政策咨询"));

        var early = fx.staff.post("/api/v1/appeals/" + id + "/resolve", Api.json(Map.of("reply", "答复")));
        step(fx.staff, id, "decline", Map.of("reason", "不属于受理范围"));
        var late = fx.staff.post("/api/v1/appeals/" + id + "/transfer", Api.json(Map.of("departmentId", fx.department("区税务局"))));

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).isEqualTo("当前状态为待受理，不能办结");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).isEqualTo("当前状态为不予受理，不能转办");
        assertThat(jdbc.sql("select count(*) from appeal_step where appeal_id = ?").param(id).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aDeclinedCaseCanBeArchived() {
        var id = file(fx.memberAccount(fx.member("归档企业")), caseBody("CONSULTATION", "POLICY", "政策咨询"));
        step(fx.staff, id, "decline", Map.of("reason", "不属于受理范围"));

        var archived = step(fx.staff, id, "archive", Map.of("note", "归档"));

        assertThat(archived.get("status").asString()).isEqualTo("ARCHIVED");
    }

    @Test
    void aLeaderApprovesAnExtensionAndTheDueDateMovesByWorkingDays() {
        var id = file(fx.memberAccount(fx.member("延期企业")), caseBody("COORDINATION", "FINANCING", "贷款续贷"));
        step(fx.staff, id, "accept", Map.of());
        var handled = step(fx.staff, id, "handle", Map.of("note", "机关直接办理"));
        var due = LocalDate.parse(handled.get("dueDate").asString());
        var leader = fx.leader();

        var refusedForStaff = fx.staff.post("/api/v1/appeals/" + id + "/extension/approve", "{}");
        step(fx.staff, id, "extension", Map.of("days", 5, "reason", "需银行补充材料"));
        var approved = step(leader, id, "extension/approve", Map.of("note", "同意"));

        assertThat(refusedForStaff.status()).isEqualTo(403);
        assertThat(approved.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(approved.get("dueDate").asString()).isEqualTo(calendar.addWorkingDays(due, 5).toString());
        assertThat(approved.get("extendedDays").asInt()).isEqualTo(5);
    }

    @Test
    void staffRegisterACallFromAFirmThatIsNotAMemberWithTheSubmitterAndAMaskedMobile() {
        var body = caseBody("REPORT", "ADMIN_ENFORCEMENT", "多头检查");
        body.put("channel", "PHONE");
        body.put("submitterName", "王经理");
        body.put("submitterCompany", "河口区非会员商贸公司" + fx.token);
        body.put("contactMobile", "13912345678");

        var id = file(fx.staff, body);
        var view = fx.staff.get("/api/v1/appeals/" + id).json();

        assertThat(view.get("channel").asString()).isEqualTo("PHONE");
        assertThat(view.get("memberId").isNull()).isTrue();
        assertThat(view.get("contactMobile").asString()).isEqualTo("139****5678");
        var stored = jdbc.sql("select title_cipher, content_cipher, contact_mobile_cipher from appeal where id = ?")
                .param(id).query((rs, n) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes(2), StandardCharsets.ISO_8859_1)
                        + new String(rs.getBytes(3), StandardCharsets.ISO_8859_1)).single();
        assertThat(stored).doesNotContain(new String("多头检查".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .doesNotContain("13912345678");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndFilesNothing() {
        var before = jdbc.sql("select count(*) from appeal").query(Long.class).single();
        var body = caseBody("COMPLAINT", "NO_SUCH_SUBJECT", " ");
        body.put("channel", "MEMBER_WEB");

        var response = fx.staff.post("/api/v1/appeals", Api.json(body));

        assertThat(response.status()).isEqualTo(400);
        var fields = new ArrayList<String>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("subject", "title", "channel", "submitterName", "submitterCompany", "contactMobile");
        assertThat(response.body()).contains("请填写诉求标题，不超过100个字");
        assertThat(jdbc.sql("select count(*) from appeal").query(Long.class).single()).isEqualTo(before);
    }
}
