package cn.qinqing.bench;

import cn.qinqing.appeal.AppealFilter;
import cn.qinqing.appeal.AppealService;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * caller's actions, with the audited read) and of the case list, as district staff. Run:
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
        report.write(MemberScaleBenchmark.DIR.resolve("appeal-scale.md"));
    }
}
