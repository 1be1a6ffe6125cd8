package cn.qinqing.bench;

import cn.qinqing.appeal.AppealDeadlines;
import cn.qinqing.appeal.AppealFilter;
import cn.qinqing.appeal.AppealService;
import cn.qinqing.appeal.OverdueCases;
import cn.qinqing.appeal.OverdueFilter;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.statistics.AppealPeriod;
import cn.qinqing.statistics.AppealStatistics;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Scale benchmark of the rights-protection centre (not a test; needs {@code -Dqinqing.bench=true}):
 * the million members of {@link MemberScaleBenchmark}'s province and a million cases over them
 * ({@link BenchAppeals}), then the 95th-percentile latency of opening a case (view, history and the
 * caller's actions, with the audited read), of the case, overdue and supervision lists and of the
 * monthly statistics, and the time the deadline job takes over the hundred thousand overdue cases. Run:
 * <pre>./mvnw -B -o test -Dtest=AppealScaleBenchmark -Dqinqing.bench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Shares {@code target/bench/pg} with the member benchmark: with {@code -Dqinqing.bench.reuse=true}
 * either finds the other's rows and loads only what is missing. Figures: console and
 * {@code target/bench/appeal-scale.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@TestPropertySource(properties = {"spring.datasource.url=", "qinqing.embedded-postgres.data-directory=target/bench/pg",
        "spring.jdbc.template.query-timeout=0"})
@EnabledIfSystemProperty(named = "qinqing.bench", matches = "true")
class AppealScaleBenchmark {

    static final int MEMBERS = Integer.getInteger("qinqing.bench.members", 1_000_000);
    static final int CASES = Integer.getInteger("qinqing.bench.cases", 1_000_000);

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PersonalDataCipher cipher;
    @Autowired Federations federations;
    @Autowired AppealService appeals;
    @Autowired OverdueCases overdue;
    @Autowired AppealStatistics statistics;
    @Autowired AppealDeadlines deadlines;

    private final BenchReport report = new BenchReport();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("qinqing.embedded-postgres.clean-on-start", () -> !Boolean.getBoolean("qinqing.bench.reuse"));
    }

    @Test
    void measure() throws Exception {
        var home = federations.home();
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        new BenchMembers(jdbc, dataSource, cipher, report).ensure(MEMBERS, today, MemberScaleBenchmark.DIR);
        new BenchAppeals(jdbc, cipher, report).ensure(CASES, today);
        var district = BenchReport.staffOf(home.id(), home.path());
        List<Long> ids = jdbc.sql("select id from appeal where federation_id = ? order by id").param(home.id())
                .query(Long.class).list();
        report.row("cases in the district / in all", ids.size() + " / " + jdbc.sql("select count(*) from appeal").query(Long.class).single());
        report.time("open a case (view, history, actions; the read audited), district staff", district, 200,
                i -> appeals.dossier(ids.get((i * 7919) % ids.size())));
        report.time("case list, first page of 20, district staff", district, 100, i -> appeals.search(AppealFilter.none(), 0, 20));
        report.time("case list, overdue only, first page of 20, district staff", district, 100,
                i -> appeals.search(new AppealFilter(null, null, null, true, null), 0, 20));
        report.time("overdue list, first page of 20, district staff", district, 100, i -> overdue.overdue(OverdueFilter.none(), 0, 20));
        var province = jdbc.sql("select id, path from federation where parent_id is null")
                .query((rs, n) -> BenchReport.staffOf(rs.getLong(1), rs.getString(2))).single();
        report.time("overdue list, first page of 20, province staff", province, 100, i -> overdue.overdue(OverdueFilter.none(), 0, 20));
        var month = AppealPeriod.month(YearMonth.from(today));
        var lastMonth = AppealPeriod.month(YearMonth.from(today).minusMonths(1));
        for (var who : List.of(district, province)) {
            var scope = who == district ? "district" : "province";
            report.time("monthly statistics, this month, " + scope + " staff", who, 40, i -> statistics.report(month));
            report.time("monthly statistics, last month, " + scope + " staff", who, 40, i -> statistics.report(lastMonth));
        }
        forgetEarlierRuns();
        // Every run starts just after a checkpoint: each page the job writes first costs a full-page image in the WAL.
        jdbc.sql("checkpoint").update();
        long due = jdbc.sql("select count(*) from appeal where due_on < ?").param(today).query(Long.class).single();
        var updatesBefore = updates();
        long start = System.nanoTime();
        var run = deadlines.runFor(today);
        report.row("deadline job over " + due + " overdue cases (reminders, supervision, due-soon notices)",
                "%.1f s: %s".formatted(BenchReport.seconds(start), run));
        // Idle connections report their table statistics within ten seconds.
        Thread.sleep(12_000);
        var updatesAfter = updates();
        report.row("updates of appeal by the job / of them HOT (no index written)",
                (updatesAfter[0] - updatesBefore[0]) + " / " + (updatesAfter[1] - updatesBefore[1]));
        start = System.nanoTime();
        deadlines.runFor(today);
        report.row("deadline job, second run the same day (nothing new)", "%.1f s".formatted(BenchReport.seconds(start)));
        report.time("supervision list, first page of 20, district staff", district, 100,
                i -> overdue.supervised(OverdueFilter.none(), 0, 20));
        report.write(MemberScaleBenchmark.DIR.resolve("appeal-scale.md"));
    }

    /** Row updates of the case table so far, and how many of them were HOT (from the statistics collector). */
    private long[] updates() {
        return jdbc.sql("select n_tup_upd, n_tup_hot_upd from pg_stat_user_tables where relname = 'appeal'")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /**
     * A database kept from an earlier run (-Dqinqing.bench.reuse=true) holds what the job did then; the job
     * would find nothing to do on the same day. Its marks and steps are removed and the table
     * rewritten as a fresh load leaves it (packed to its fillfactor), so that every run measures the same work.
     */
    private void forgetEarlierRuns() {
        long start = System.nanoTime();
        int marked = jdbc.sql("""
                update appeal set reminded_on = null, supervised_on = null, due_soon_for = null
                 where reminded_on is not null or supervised_on is not null or due_soon_for is not null""").update();
        if (marked == 0) {
            return;
        }
        jdbc.sql("delete from appeal_step where action in ('REMINDED', 'SUPERVISED') and actor_id is null").update();
        jdbc.sql("vacuum full analyze appeal").update();
        jdbc.sql("vacuum analyze appeal_step").update();
        report.row("marks and steps of an earlier run of the job removed, table rewritten", "%d cases, %.1f s".formatted(marked,
                BenchReport.seconds(start)));
    }
}
