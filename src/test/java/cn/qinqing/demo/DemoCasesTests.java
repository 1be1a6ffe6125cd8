package cn.qinqing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.appeal.AppealDeadlines;
import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's year of cases (qinqing.demo=true) is exactly what the plan's rules produce, and every
 * case's history is one the workflow and the working calendar allow. Same context and database as
 * {@link DemoDataTests}.
 */
@IntegrationTest
@TestPropertySource(properties = {"qinqing.demo=true", "spring.datasource.url="})
class DemoCasesTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Set<Object> JOB_STEPS = Set.of("REMINDED", "SUPERVISED");

    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingCalendar calendar;
    @Autowired DemoData demo;
    @Autowired AppealDeadlines deadlines;

    @Test
    void theYearHas150CasesInTheFourCategoriesAndSevenChannelsDealtByTheRules() {
        assertThat(countBy("category_code")).isEqualTo(toStrings(DemoCaseIntake.CATEGORIES))
                .containsEntry("COMPLAINT", 54L).containsEntry("CONSULTATION", 30L);
        assertThat(countBy("channel")).isEqualTo(toStrings(DemoCaseIntake.CHANNELS)).hasSize(7);
        assertThat(countBy("subject_code").keySet())
                .contains("ARREARS", "ADMIN_ENFORCEMENT", "FINANCING", "INTELLECTUAL_PROPERTY", "CONTRACT", "LABOUR", "POLICY");
        assertThat(count("select count(*) from appeal")).isEqualTo(DemoCasePlan.CASES);
        assertThat(count("select count(*) from appeal where channel = 'PUBLIC_WEB' and member_id is null"))
                .isEqualTo(DemoCaseIntake.CHANNELS.get(cn.qinqing.appeal.AppealChannel.PUBLIC_WEB).longValue());
        assertThat(count("select count(*) from appeal where member_id is not null and channel = 'PUBLIC_WEB'")).isZero();
    }

    @Test
    void theCasesEndUpInTheStatusesTheFatesDecide() {
        assertThat(countBy("status")).isEqualTo(Map.of("ARCHIVED", 101L, "RESOLVED", 18L, "DECLINED", 6L,
                "SUBMITTED", 3L, "ACCEPTED", 2L, "IN_PROGRESS", 9L, "TRANSFERRED", 9L, "EXTENSION_REQUESTED", 2L));
        assertThat(countBy("rating")).isEqualTo(Map.of("SATISFIED", 91L, "BASICALLY_SATISFIED", 21L,
                "DISSATISFIED", 1L));
        assertThat(count("select count(*) from appeal where reopened")).isEqualTo(3);
        assertThat(count("select count(*) from appeal where status = 'RESOLVED' and rating is null")).isEqualTo(6);
        assertThat(count("select count(*) from appeal_step where action = 'DECLINE'")).isEqualTo(6);
        assertThat(count("select count(*) from appeal_step where action = 'APPROVE_EXTENSION'"))
                .isEqualTo(DemoCasePlan.EXTENSIONS);
        assertThat(count("select count(*) from appeal_step where action = 'REFUSE_EXTENSION'")).isEqualTo(DemoCasePlan.REFUSALS);
        assertThat(count("select count(*) from appeal where extended_days > 0")).isEqualTo(DemoCasePlan.EXTENSIONS);
        assertThat(count("select count(*) from appeal where resolved_on > handling_due")).as("resolved late").isPositive();
        assertThat(count("select count(*) from appeal where department_id is not null")).isGreaterThan(40);
        assertThat(count("select count(distinct department_id) from appeal_step where action = 'TRANSFER'")).isGreaterThan(4);
    }

    @Test
    void exactlyThePlannedOpenCasesAreOverdueToday() {
        var today = LocalDate.now(ZONE);
        int planned = 0;
        for (var fate : DemoCasePlan.Fate.values()) {
            planned += fate.overdue;
        }
        assertThat(planned).isEqualTo(7);
        assertThat(jdbc.sql("select count(*) from appeal where due_on < ?").param(today).query(Long.class).single())
                .isEqualTo(planned);
        assertThat(jdbc.sql("select count(*) from appeal where due_on < ? and status = 'TRANSFERRED'").param(today)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void everyCaseHistoryIsInOrderOnWorkingDaysWithDueDatesFromTheCalendar() {
        var today = LocalDate.now(ZONE);
        var cases = jdbc.sql("select * from appeal").query((rs, n) -> {
            var row = new HashMap<String, Object>();
            for (var column : List.of("id", "tracking_number", "status", "submitted_on", "accept_due", "accepted_on",
                    "handling_due", "handling_days", "extended_days", "reopened")) {
                row.put(column, rs.getObject(column));
            }
            return row;
        }).list();
        assertThat(cases).hasSize(DemoCasePlan.CASES);
        for (var c : cases) {
            var id = (Long) c.get("id");
            var submitted = ((java.sql.Date) c.get("submitted_on")).toLocalDate();
            assertThat(submitted).isAfter(today.minusYears(1)).isBefore(today);
            assertThat((String) c.get("tracking_number")).startsWith("WQ" + submitted.toString().replace("-", ""));
            assertThat(((java.sql.Date) c.get("accept_due")).toLocalDate()).isEqualTo(calendar.addWorkingDays(submitted, 1));
            var steps = jdbc.sql("select action, from_status, to_status, occurred_at from appeal_step where appeal_id = ? order by id")
                    .param(id).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(ZONE).toLocalDateTime()}).list();
            assertThat(steps.get(0)[0]).isEqualTo("SUBMIT");
            assertThat(((java.time.LocalDateTime) steps.get(0)[3]).toLocalDate()).isEqualTo(submitted);
            String status = null;
            java.time.LocalDateTime previous = null;
            java.time.LocalDate reopenedOn = null;
            for (var step : steps) {
                var at = (java.time.LocalDateTime) step[3];
                assertThat(calendar.isWorkingDay(at.toLocalDate())).as("case %d step %s on %s", id, step[0], at).isTrue();
                if (JOB_STEPS.contains(step[0])) {
                    assertThat(at.toLocalDate()).as("the deadline job ran today at the latest").isBeforeOrEqualTo(today);
                } else {
                    assertThat(at.toLocalDate()).isBefore(today);
                }
                if (previous != null) {
                    assertThat(at).as("case %d in order", id).isAfterOrEqualTo(previous);
                }
                assertThat(step[1]).as("case %d step %s starts where the last ended", id, step[0]).isEqualTo(status);
                status = (String) step[2];
                previous = at;
                if ("REOPEN".equals(step[0])) {
                    reopenedOn = at.toLocalDate();
                }
            }
            assertThat(status).isEqualTo(c.get("status"));
            var accepted = (java.sql.Date) c.get("accepted_on");
            if (accepted != null) {
                var due = ((java.sql.Date) c.get("handling_due")).toLocalDate();
                assertThat(calendar.isWorkingDay(due)).isTrue();
                int days = (Integer) c.get("handling_days");
                var expected = reopenedOn != null ? calendar.addWorkingDays(reopenedOn, days)
                        : calendar.addWorkingDays(accepted.toLocalDate(), days + (Integer) c.get("extended_days"));
                assertThat(due).as("case %d handling due", id).isEqualTo(expected);
            }
        }
    }

    @Test
    void theOverdueCasesWereRemindedAndSupervisedOnTheDaysTheDeadlineJobWouldHaveChosen() {
        var today = LocalDate.now(ZONE);
        var open = jdbc.sql("select due_on, reminded_on, supervised_on from appeal where due_on < ?").param(today)
                .query((rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)}).list();
        assertThat(open).hasSize(7);
        for (var c : open) {
            assertThat(c[1]).as("reminded the working day after %s", c[0]).isEqualTo(calendar.addWorkingDays(c[0], 1));
            assertThat(c[2]).as("supervised when still open 5 working days after the reminder")
                    .isEqualTo(calendar.workingDaysBetween(c[0], today) > 5 ? calendar.addWorkingDays(c[1], 5) : null);
        }
        assertThat(open).filteredOn(c -> c[2] != null).as("the first overdue case of staff and of a department").hasSize(2);

        var marked = jdbc.sql("""
                select a.id, a.reminded_on, a.supervised_on, a.resolved_on,
                       (select max(s.occurred_at) from appeal_step s where s.appeal_id = a.id and s.action = 'REMINDED'),
                       (select max(s.occurred_at) from appeal_step s where s.appeal_id = a.id and s.action = 'SUPERVISED')
                  from appeal a where a.reminded_on is not null or a.supervised_on is not null""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        day(rs.getObject(5, OffsetDateTime.class)), day(rs.getObject(6, OffsetDateTime.class))})
                .list();
        for (var c : marked) {
            assertThat(c[4]).as("case %s: a REMINDED step dated reminded_on", c[0]).isEqualTo(c[1]);
            assertThat(c[5]).as("case %s: a SUPERVISED step dated supervised_on", c[0]).isEqualTo(c[2]);
            if (c[2] != null) {
                assertThat(c[2]).as("case %s: supervised 5 working days after the reminder", c[0])
                        .isEqualTo(calendar.addWorkingDays((LocalDate) c[1], 5));
            }
        }
        assertThat(marked).filteredOn(c -> c[3] != null).as("resolved late: reminded").isNotEmpty()
                .anySatisfy(c -> assertThat(c[2]).as("resolved after the leaders supervised it").isNotNull());
        assertThat(count("select count(*) from appeal where resolved_on > handling_due and reminded_on is null"))
                .as("every case resolved late was reminded").isZero();

        var staff = accounts.api(accounts.create("demosupervision", Role.STAFF));
        assertThat(staff.get("/api/v1/appeals/supervision").json().get("page").get("totalElements").asLong())
                .as("the supervision list").isEqualTo(2);
        var year = "/api/v1/statistics/appeals?from=" + today.minusDays(365) + "&to=" + today;
        assertThat(staff.get(year).json().get("total").get("counters").get("supervised").asLong())
                .as("the statistics count the supervised cases")
                .isEqualTo(count("select count(*) from appeal where supervised_on is not null")).isGreaterThan(2);
    }

    @Test
    void theDeadlineJobsRunOfTodayFindsNothingLeftToDo() {
        long steps = count("select count(*) from appeal_step");
        var markers = markers();

        var report = deadlines.runFor(LocalDate.now(ZONE));

        assertThat(report.dueSoon() + report.reminded() + report.supervised()).as(report.toString()).isZero();
        assertThat(count("select count(*) from appeal_step")).isEqualTo(steps);
        assertThat(markers()).isEqualTo(markers);
    }

    private List<List<Object>> markers() {
        return jdbc.sql("select id, reminded_on, supervised_on, due_soon_for from appeal order by id")
                .query((rs, n) -> java.util.Arrays.asList(rs.getObject(1), rs.getObject(2), rs.getObject(3), rs.getObject(4)))
                .list();
    }

    @Test
    void theDemoAccountsSeeTheirDepartmentsAndTheirMembersCases() {
        var police = departmentOf("demo-police");
        var market = departmentOf("demo-market");
        assertThat(jdbc.sql("select name from department where id in (?, ?) order by id").params(police, market)
                .query(String.class).list()).containsExactlyInAnyOrder("河口区公安分局", "河口区市场监督管理局");
        for (var department : List.of(police, market)) {
            assertThat(count("select count(*) from appeal where status = 'TRANSFERRED' and department_id = " + department))
                    .as("open cases for the liaison to act on").isPositive();
        }
        var liaison = accounts.api(accounts.createBound("demoliaison", new RoleGrant(Role.DEPARTMENT_LIAISON, null, null, police)));
        assertThat(liaison.get("/api/v1/appeals?size=100").json().get("page").get("totalElements").asLong())
                .isEqualTo(count("select count(*) from appeal where department_id = " + police)).isPositive();
        var memberId = jdbc.sql("select member_id from user_role r join app_user u on u.id = r.user_id where u.username = ?")
                .param(DemoCases.MEMBER_ACCOUNT).query(Long.class).single();
        assertThat(jdbc.sql("select name from member where id = ?").param(memberId).query(String.class).single())
                .isEqualTo(DemoCases.OWN_MEMBER);
        assertThat(count("select count(*) from appeal where channel = 'MEMBER_WEB' and member_id = " + memberId))
                .isEqualTo(DemoCaseIntake.OWN_CASES);
        var member = accounts.api(accounts.createBound("demomember", new RoleGrant(Role.MEMBER, null, memberId, null)));
        assertThat(member.get("/api/v1/appeals?size=100").json().get("page").get("totalElements").asLong())
                .isEqualTo(count("select count(*) from appeal where member_id = " + memberId));
        assertThat(jdbc.sql("select count(*) from app_user where username in ('demo-police', 'demo-market', 'demo-member')"
                + " and must_change_password").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theLegalAidPanelHasLawyersMediatorsAndReferralsWithSessionsAndOutcomes() {
        assertThat(count("select count(*) from legal_aid_panel_member where kind = 'LAWYER'")).isEqualTo(DemoLegalAid.LAWYERS);
        assertThat(count("select count(*) from legal_aid_panel_member where kind = 'MEDIATOR'")).isEqualTo(DemoLegalAid.MEDIATORS);
        assertThat(count("select count(*) from legal_aid_referral")).isEqualTo(DemoLegalAid.REFERRALS);
        assertThat(count("select count(*) from legal_aid_session")).isEqualTo(DemoLegalAid.REFERRALS);
        assertThat(count("select count(*) from legal_aid_referral where outcome is not null")).isEqualTo(DemoLegalAid.CONCLUDED);
    }

    @Test
    void everyReferralItsSessionsAndItsOutcomeLieWithinItsCasesLifeAndBeforeToday() {
        var today = LocalDate.now(ZONE);
        var rows = jdbc.sql("""
                select r.id, r.referred_at, a.accepted_on, a.resolved_on, r.outcome_on,
                       (select min(s.held_on) from legal_aid_session s where s.referral_id = r.id) as first_session,
                       (select max(s.held_on) from legal_aid_session s where s.referral_id = r.id) as last_session
                  from legal_aid_referral r join appeal a on a.id = r.appeal_id""")
                .query((rs, n) -> new LocalDate[] {
                        rs.getObject("referred_at", OffsetDateTime.class).atZoneSameInstant(ZONE).toLocalDate(),
                        rs.getObject("accepted_on", LocalDate.class), rs.getObject("resolved_on", LocalDate.class),
                        rs.getObject("outcome_on", LocalDate.class), rs.getObject("first_session", LocalDate.class),
                        rs.getObject("last_session", LocalDate.class)})
                .list();
        assertThat(rows).hasSize(DemoLegalAid.REFERRALS);
        int onResolvedCases = 0;
        for (var r : rows) {
            LocalDate referred = r[0], accepted = r[1], resolved = r[2], outcome = r[3], first = r[4], last = r[5];
            var end = resolved != null ? resolved : today.minusDays(1);
            assertThat(referred).as("referred after acceptance").isAfterOrEqualTo(accepted).isBefore(today)
                    .isBeforeOrEqualTo(end);
            assertThat(first).as("sessions from the referral on").isAfterOrEqualTo(referred);
            assertThat(last).as("sessions before the resolution and today").isBeforeOrEqualTo(end);
            if (outcome != null) {
                assertThat(outcome).as("the outcome after the sessions, before the resolution and today")
                        .isAfterOrEqualTo(last).isBeforeOrEqualTo(end);
            }
            onResolvedCases += resolved != null ? 1 : 0;
        }
        assertThat(onResolvedCases).as("the concluded referrals are those of resolved cases").isEqualTo(DemoLegalAid.CONCLUDED);
        assertThat(count("select count(*) from legal_aid_referral r join appeal a on a.id = r.appeal_id"
                + " where r.outcome is not null and a.resolved_on is not null")).isEqualTo(DemoLegalAid.CONCLUDED);
        assertThat(count("select count(*) from audit_record where action = 'LEGAL_AID_REFERRAL_BACKFILL'"))
                .isEqualTo(DemoLegalAid.REFERRALS);
    }

    @Test
    void everyCaseWasEnteredThroughTheLedgerBackFillAndAudited() {
        assertThat(count("select count(*) from audit_record where action = 'APPEAL_BACKFILL' and username = 'demo-data'"))
                .isEqualTo(DemoCasePlan.CASES);
        assertThat(count("select count(*) from department")).isEqualTo(DemoDepartments.USUAL.size());
    }

    @Test
    void runningAgainAddsNoCaseStepReferralOrAccount() throws Exception {
        long cases = count("select count(*) from appeal");
        long steps = count("select count(*) from appeal_step");
        long referrals = count("select count(*) from legal_aid_referral");
        long users = count("select count(*) from app_user where username like 'demo%'");
        demo.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from appeal")).isEqualTo(cases);
        assertThat(count("select count(*) from appeal_step")).isEqualTo(steps);
        assertThat(count("select count(*) from legal_aid_referral")).isEqualTo(referrals);
        assertThat(count("select count(*) from app_user where username like 'demo%'")).isEqualTo(users);
    }

    private long departmentOf(String username) {
        return jdbc.sql("select r.department_id from user_role r join app_user u on u.id = r.user_id where u.username = ?")
                .param(username).query(Long.class).single();
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ZONE).toLocalDate();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Map<String, Long> countBy(String column) {
        var counts = new HashMap<String, Long>();
        jdbc.sql("select " + column + ", count(*) from appeal where " + column + " is not null group by " + column)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private static Map<String, Long> toStrings(Map<?, Integer> counts) {
        var result = new HashMap<String, Long>();
        counts.forEach((k, v) -> result.put(k.toString(), v.longValue()));
        return result;
    }
}
