package cn.qinqing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.appeal.AppealDeadlines;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline job over 100,000 due cases (the target: under 30 s): cases due on the five working
 * days from 8 to 13 October 2026 (the 10th is a Saturday worked), handled by 50 staff or transferred to 20
 * departments with two liaisons each. The run on 14 October reminds all of them (催办); a second run that
 * day finds nothing; the run on 21 October sends all of them to the leaders (督办). The floor: the same
 * rows' plain work in two statements (update every case, insert a step per case).
 * Not part of the normal test run (tag {@code benchmark}):
 * <pre>./mvnw -q -B -o test -Dtest=AppealDeadlineBenchmark -Dsurefire.excludedGroups=</pre>
 */
@IntegrationTest
@Tag("benchmark")
class AppealDeadlineBenchmark {

    static final int CASES = Integer.getInteger("bench.cases", 100_000);
    static final LocalDate REMIND_DAY = LocalDate.of(2026, 10, 14);
    static final LocalDate SUPERVISE_DAY = LocalDate.of(2026, 10, 21);

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;
    @Autowired
    PersonalDataCipher cipher;
    @Autowired
    AppealDeadlines deadlines;

    @Test
    void oneRunHandlesOneHundredThousandDueCases() {
        long federation = federations.home().id();
        for (int i = 0; i < 50; i++) {
            accounts.create("benchstaff", Role.STAFF);
        }
        for (int i = 0; i < 3; i++) {
            accounts.create("benchleader", Role.LEADER);
        }
        for (int d = 0; d < 20; d++) {
            long department = jdbc.sql("insert into department (federation_id, name, kind) values (?, ?, 'OTHER') returning id")
                    .params(federation, "基准部门" + d).query(Long.class).single();
            for (int l = 0; l < 2; l++) {
                accounts.createBound("benchliaison", new cn.qinqing.shared.security.RoleGrant(Role.DEPARTMENT_LIAISON,
                        null, null, department));
            }
        }
        var loadStart = System.nanoTime();
        jdbc.sql("""
                with staff as (select array_agg(u.id order by u.id) as ids from app_user u
                                 join user_role r on r.user_id = u.id and r.role = 'STAFF' where u.username like 'benchstaff-%'),
                     dept as (select array_agg(id order by id) as ids from department where name like '基准部门%')
                insert into appeal (federation_id, tracking_number, channel, category_code, subject_code, title_cipher,
                                    content_cipher, submitter_name, status, handling_days, submitted_on, accept_due,
                                    accepted_on, handling_due, department_id, handler_id)
                select :federation, 'BENCH-' || i, 'PHONE', 'COMPLAINT', 'ARREARS', :text, :text, '基准',
                       case when i % 3 = 0 then 'TRANSFERRED' else 'IN_PROGRESS' end, 13, date '2026-08-03',
                       date '2026-08-04', date '2026-08-04', (array[date '2026-10-08', date '2026-10-09', date '2026-10-10', date '2026-10-12',
                                date '2026-10-13'])[1 + i % 5],
                       case when i % 3 = 0 then dept.ids[1 + i % 20] end, staff.ids[1 + i % 50]
                  from generate_series(1, :cases) as i, staff, dept""")
                .param("federation", federation).param("text", cipher.encrypt("基准诉求"))
                .param("cases", CASES).update();
        jdbc.sql("analyze appeal").update();
        System.out.printf("BENCH loaded %d due cases in %.1f s%n", CASES, (System.nanoTime() - loadStart) / 1e9);

        var floor = floor();
        System.out.printf("BENCH floor: update %d cases and insert a step each, two statements: %.1f s%n", CASES, floor);

        var remind = timed(REMIND_DAY);
        var again = timed(REMIND_DAY);
        var supervise = timed(SUPERVISE_DAY);
        var notices = jdbc.sql("select count(*) from notification").query(Long.class).single();
        System.out.printf("BENCH reminders: %.1f s = %.1f x floor (%s)%n", remind.seconds, remind.seconds / floor, remind.report);
        System.out.printf("BENCH second run the same day: %.2f s (%s)%n", again.seconds, again.report);
        System.out.printf("BENCH supervision: %.1f s = %.1f x floor (%s); %d notices in the outbox%n", supervise.seconds,
                supervise.seconds / floor, supervise.report, notices);

        assertThat(remind.report.reminded()).isGreaterThanOrEqualTo(CASES);
        assertThat(again.report.reminded() + again.report.supervised() + again.report.dueSoon()).isZero();
        assertThat(supervise.report.supervised()).isGreaterThanOrEqualTo(CASES);
    }

    record Run(double seconds, cn.qinqing.appeal.DeadlineReport report) {
    }

    Run timed(LocalDate day) {
        var start = System.nanoTime();
        var report = deadlines.runFor(day);
        return new Run((System.nanoTime() - start) / 1e9, report);
    }

    /** The same row work without the job, undone afterwards: what any implementation must at least pay. */
    double floor() {
        var start = System.nanoTime();
        jdbc.sql("update appeal set updated_at = now() where tracking_number like 'BENCH-%'").update();
        jdbc.sql("""
                insert into appeal_step (appeal_id, actor_name, action, from_status, to_status)
                select id, 'floor', 'NOTE', status, status from appeal where tracking_number like 'BENCH-%'""").update();
        var seconds = (System.nanoTime() - start) / 1e9;
        jdbc.sql("delete from appeal_step where actor_name = 'floor'").update();
        jdbc.sql("vacuum analyze appeal").update();
        return seconds;
    }
}
