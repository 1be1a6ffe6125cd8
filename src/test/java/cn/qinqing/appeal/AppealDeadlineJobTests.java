package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline job on chosen days of 2026 (national day: 1-7 October off, Saturday 10 October worked):
 * due-soon the working day before, the reminder (催办) the first working day after the due date, the
 * leaders' supervision (督办) five working days later; each once, whatever the number of runs.
 */
@IntegrationTest
class AppealDeadlineJobTests {

    static final LocalDate SEPT_29 = LocalDate.of(2026, 9, 29);
    static final LocalDate SEPT_30 = LocalDate.of(2026, 9, 30);
    static final LocalDate OCT_8 = LocalDate.of(2026, 10, 8);

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;
    @Autowired
    AppealDeadlines deadlines;

    AppealDeadlineFixture fx;
    String handler;

    @BeforeEach
    void setUp() {
        fx = new AppealDeadlineFixture(accounts, jdbc, federations);
        handler = fx.account("dhandler", RoleGrant.of(Role.STAFF));
    }

    /** A case the handler took on, due on {@code due}. */
    long handledCase(LocalDate due) {
        var id = fx.call("COMPLAINT", MemberTestData.mobile());
        var api = accounts.api(handler);
        step(api, id, "accept", Map.of());
        step(api, id, "handle", Map.of());
        fx.due(id, due);
        return id;
    }

    @Test
    void aCaseDueOnTheEveOfTheNationalDayHolidayIsRemindedOnTheFirstWorkingDayAfterItAndOnlyOnce() {
        var id = handledCase(SEPT_30);
        for (var day = LocalDate.of(2026, 10, 1); day.isBefore(OCT_8); day = day.plusDays(1)) {
            var report = deadlines.runFor(day);
            assertThat(report.workingDay()).as(day + " is a day off").isFalse();
            assertThat(fx.remindedOn(id)).as("not reminded on " + day).isNull();
        }

        var report = deadlines.runFor(OCT_8);
        assertThat(report.workingDay()).isTrue();
        assertThat(report.reminded()).isPositive();
        assertThat(fx.remindedOn(id)).isEqualTo(OCT_8);
        assertThat(fx.steps(id, "REMINDED")).isEqualTo(1);
        var reminders = fx.notices(handler, "诉求超期催办");
        assertThat(reminders).singleElement().satisfies(n -> {
            assertThat(n.body()).contains(fx.trackingNumber(id), "办理期限", "2026年9月30日");
            assertThat(n.link()).isEqualTo("/appeals/" + id);
        });

        deadlines.runFor(OCT_8);
        deadlines.runFor(LocalDate.of(2026, 10, 9));
        assertThat(fx.steps(id, "REMINDED")).isEqualTo(1);
        assertThat(fx.notices(handler, "诉求超期催办")).hasSize(1);
        assertThat(fx.supervisedOn(id)).isNull();
    }

    @Test
    void aCaseStillOpenFiveWorkingDaysAfterTheReminderGoesToEveryLeaderOfItsFederationOnce() {
        var leader = fx.account("dleader", RoleGrant.of(Role.LEADER));
        var secondLeader = fx.account("dleader", RoleGrant.of(Role.LEADER));
        var id = handledCase(SEPT_30);
        deadlines.runFor(OCT_8);

        // 9, 10 (a Saturday worked), 12 and 13 October: four working days after the reminder.
        deadlines.runFor(LocalDate.of(2026, 10, 13));
        assertThat(fx.supervisedOn(id)).isNull();
        assertThat(fx.notices(leader)).isEmpty();

        var day = LocalDate.of(2026, 10, 14);
        assertThat(deadlines.runFor(day).supervised()).isPositive();
        assertThat(fx.supervisedOn(id)).isEqualTo(day);
        assertThat(fx.steps(id, "SUPERVISED")).isEqualTo(1);
        for (var who : new String[] {leader, secondLeader, handler}) {
            assertThat(fx.notices(who, "超期诉求提请督办")).as(who).singleElement().satisfies(n -> {
                assertThat(n.body()).contains(fx.trackingNumber(id), "已超期 6 个工作日", "列入领导督办");
                assertThat(n.link()).isEqualTo("/appeals/" + id);
            });
        }

        deadlines.runFor(day);
        deadlines.runFor(LocalDate.of(2026, 10, 15));
        assertThat(fx.steps(id, "SUPERVISED")).isEqualTo(1);
        assertThat(fx.steps(id, "REMINDED")).isEqualTo(1);
        assertThat(fx.notices(leader)).hasSize(1);
    }

    @Test
    void theHandlersHearTheWorkingDayBeforeTheDueDateEvenAcrossTheHoliday() {
        var id = handledCase(OCT_8);
        deadlines.runFor(SEPT_29);
        assertThat(fx.notices(handler, "诉求即将到期")).isEmpty();

        deadlines.runFor(SEPT_30);
        deadlines.runFor(SEPT_30);
        assertThat(fx.notices(handler, "诉求即将到期")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains(fx.trackingNumber(id), "2026年10月8日"));
        assertThat(fx.remindedOn(id)).isNull();
    }

    @Test
    void aCaseNotAcceptedInTimeIsRemindedToTheStaffOfItsFederation() {
        var id = fx.call("CONSULTATION", MemberTestData.mobile());
        fx.due(id, SEPT_30);
        deadlines.runFor(OCT_8);
        assertThat(fx.remindedOn(id)).isEqualTo(OCT_8);
        // Nobody handles it yet: every staff member of the federation hears, the handler too (also staff).
        assertThat(fx.notices(fx.staffName, "诉求超期催办")).singleElement()
                .satisfies(n -> assertThat(n.body()).contains(fx.trackingNumber(id), "受理期限"));
    }

    @Test
    void aTransferredCaseIsRemindedToTheLiaisonsOfItsDepartment() {
        var department = fx.department("区人社局");
        var liaison = fx.account("dliaison", new RoleGrant(Role.DEPARTMENT_LIAISON, null, null, department));
        var id = fx.call("COORDINATION", MemberTestData.mobile());
        step(fx.staff, id, "accept", Map.of());
        step(fx.staff, id, "transfer", Map.of("departmentId", department));
        fx.due(id, SEPT_30);

        deadlines.runFor(OCT_8);
        assertThat(fx.notices(liaison, "诉求超期催办")).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("/appeals/" + id));
        assertThat(fx.notices(handler, "诉求超期催办")).as("staff: the department handles it").isEmpty();
    }

    @Test
    void aHandlerWithSeveralOverdueCasesGetsOneNoticeNamingThemAll() {
        var first = handledCase(SEPT_29);
        var second = handledCase(SEPT_30);
        deadlines.runFor(OCT_8);
        assertThat(fx.notices(handler, "诉求超期催办")).singleElement().satisfies(n -> {
            assertThat(n.body()).contains("2 件", fx.trackingNumber(first), fx.trackingNumber(second));
            assertThat(n.link()).isEqualTo("/appeals?overdue=true");
        });
    }

    @Test
    void aDueDateMovedPastTheReminderByAnExtensionIsRemindedAgainWhenItPasses() {
        var id = handledCase(SEPT_30);
        deadlines.runFor(OCT_8);
        // A leader grants five working days: due on 15 October, after the reminder.
        fx.due(id, LocalDate.of(2026, 10, 15));
        deadlines.runFor(LocalDate.of(2026, 10, 14));
        deadlines.runFor(LocalDate.of(2026, 10, 15));
        assertThat(fx.steps(id, "REMINDED")).isEqualTo(1);
        assertThat(fx.supervisedOn(id)).as("the new due date is not five days past").isNull();

        deadlines.runFor(LocalDate.of(2026, 10, 16));
        assertThat(fx.steps(id, "REMINDED")).isEqualTo(2);
        assertThat(fx.remindedOn(id)).isEqualTo(LocalDate.of(2026, 10, 16));
    }

    @Test
    void aResolvedCaseIsNeitherRemindedNorSupervised() {
        var id = handledCase(SEPT_30);
        step(accounts.api(handler), id, "resolve", Map.of("reply", "已协调付款"));
        deadlines.runFor(OCT_8);
        deadlines.runFor(LocalDate.of(2026, 10, 14));
        assertThat(fx.remindedOn(id)).isNull();
        assertThat(fx.supervisedOn(id)).isNull();
        assertThat(fx.notices(handler, "诉求超期催办")).isEmpty();
    }
}
