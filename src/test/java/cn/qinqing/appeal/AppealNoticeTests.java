package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.caseBody;
import static cn.qinqing.appeal.AppealFixture.file;
import static cn.qinqing.appeal.AppealFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notices a case's steps write to the outbox, in Chinese, to the people involved: the member's
 * accounts, a firm without an account by SMS, the department's liaisons, the federation's staff.
 */
@IntegrationTest
class AppealNoticeTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;
    @Autowired
    PersonalDataCipher cipher;

    AppealFixture fx;
    AppealDeadlineFixture dx;

    @BeforeEach
    void setUp() {
        fx = new AppealFixture(accounts, jdbc, federations);
        dx = new AppealDeadlineFixture(accounts, jdbc, federations);
    }

    @Test
    void aMembersCaseTellsTheMemberTheDepartmentAndTheStaffAtEveryStepThatConcernsThem() {
        var memberId = fx.member("通知企业");
        var memberName = accounts.createBound("nmember", new RoleGrant(Role.MEMBER, null, memberId, null));
        var member = accounts.api(memberName);
        var departmentId = fx.department("区税务局");
        var liaisonName = accounts.createBound("nliaison", new RoleGrant(Role.DEPARTMENT_LIAISON, null, null, departmentId));
        var liaison = accounts.api(liaisonName);
        long id = file(member, caseBody("COMPLAINT", "ARREARS", "税务执法争议"));
        var number = dx.trackingNumber(id);
        var link = "/appeals/" + id;

        var accepted = step(fx.staff, id, "accept", Map.of());
        assertThat(dx.notices(memberName, "诉求已受理")).singleElement().satisfies(n -> {
            assertThat(n.body()).contains(number, "投诉维权", chinese(accepted.get("handlingDue").asString()));
            assertThat(n.link()).isEqualTo(link);
        });

        step(fx.staff, id, "transfer", Map.of("departmentId", departmentId));
        assertThat(dx.notices(liaisonName, "新转办诉求")).singleElement().satisfies(n -> {
            assertThat(n.body()).contains(number, "请于");
            assertThat(n.link()).isEqualTo(link);
        });
        assertThat(dx.notices(memberName, "诉求已转办")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("区税务局" + fx.token));

        step(liaison, id, "resolve", Map.of("reply", "已核实，撤销处罚"));
        assertThat(dx.notices(memberName, "诉求已办结")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains(number, "评价"));
        assertThat(dx.notices(fx.staffName, "部门已答复，请安排回访")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains(number, "区税务局" + fx.token));
        assertThat(dx.notices(liaisonName, "部门已答复，请安排回访")).as("the liaison answered it").isEmpty();

        step(member, id, "rate", Map.of("rating", "DISSATISFIED", "comment", "处罚未撤销"));
        assertThat(dx.notices(liaisonName, "诉求不满意，退回重办")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains(number, "请于"));
        assertThat(dx.notices(liaisonName, "诉求回访评价")).as("the reopening says it").isEmpty();

        step(liaison, id, "resolve", Map.of("reply", "处罚已撤销"));
        step(member, id, "rate", Map.of("rating", "SATISFIED"));
        assertThat(dx.notices(liaisonName, "诉求回访评价")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains(number, "满意"));
        assertThat(dx.notices(fx.staffName, "诉求回访评价")).hasSize(1);
        assertThat(dx.notices(memberName, "诉求回访评价")).as("the member rated it itself").isEmpty();
    }

    @Test
    void aFirmWithoutAnAccountIsToldBySmsAtItsContactMobile() {
        var mobile = MemberTestData.mobile();
        var id = dx.call("CONSULTATION", mobile);
        var number = dx.trackingNumber(id);
        step(dx.staff, id, "accept", Map.of());
        var accepted = sms(number, "诉求已受理", mobile);
        assertThat(accepted).singleElement().satisfies(s -> {
            assertThat(s.body()).contains(number, "个案咨询");
        });

        var declinedId = dx.call("REPORT", mobile);
        var declinedNumber = dx.trackingNumber(declinedId);
        step(dx.staff, declinedId, "decline", Map.of("reason", "不属于受理范围"));
        assertThat(sms(declinedNumber, "诉求不予受理", mobile)).singleElement().satisfies(s -> {
            assertThat(s.body()).contains("工作人员将与您联系").doesNotContain("登录");
        });
    }

    @Test
    void aMemberWithoutAnAccountIsToldBySmsWhenStaffRegisteredItsCaseWithAMobile() {
        var memberId = fx.member("无账号企业");
        var mobile = MemberTestData.mobile();
        var body = new HashMap<String, Object>(caseBody("COORDINATION", "FINANCING", "贷款续贷困难"));
        body.put("memberId", memberId);
        body.put("channel", "VISIT");
        body.put("submitterName", "王总");
        body.put("contactMobile", mobile);
        long id = file(fx.staff, body);
        var number = dx.trackingNumber(id);
        step(fx.staff, id, "accept", Map.of());
        step(fx.staff, id, "handle", Map.of());
        step(fx.staff, id, "resolve", Map.of("reply", "已对接银行"));
        assertThat(sms(number, "诉求已办结", mobile)).singleElement().satisfies(s -> {
            assertThat(s.body()).contains("电话回访");
        });
    }

    @Test
    void whoeverTakesAStepIsNotToldAboutItButTheOtherHandlersAre() {
        var handlerName = dx.account("nhandler", RoleGrant.of(Role.STAFF));
        var handler = accounts.api(handlerName);
        var id = dx.call("COMPLAINT", MemberTestData.mobile());
        step(handler, id, "accept", Map.of());
        step(handler, id, "handle", Map.of());
        step(handler, id, "resolve", Map.of("reply", "已办结"));
        step(dx.staff, id, "rate", Map.of("rating", "BASICALLY_SATISFIED", "comment", "电话回访"));
        assertThat(dx.notices(handlerName, "诉求回访评价")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("基本满意"));
        assertThat(dx.notices(dx.staffName, "诉求回访评价")).as("the rater").isEmpty();
    }

    record Sms(String mobile, String body) {
    }

    /**
     * The text messages about the case to that mobile: notices without an account, delivered by SMS (tracking
     * numbers run per federation, so the mobile tells this test's messages from others').
     */
    List<Sms> sms(String trackingNumber, String title, String mobile) {
        return jdbc.sql("""
                select d.address_cipher, n.body from notification n join notification_delivery d on d.notification_id = n.id
                 where n.recipient_id is null and d.channel = 'SMS' and n.title = ? and n.body like ?""")
                .params(title, "%" + trackingNumber + "%")
                .query((rs, n) -> new Sms(cipher.decrypt(rs.getBytes(1)), rs.getString(2))).list()
                .stream().filter(s -> s.mobile().equals(mobile)).toList();
    }

    /** 2026-12-15 as the notices write it: 2026年12月15日. */
    static String chinese(String isoDate) {
        var day = java.time.LocalDate.parse(isoDate);
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
