package cn.qinqing.bench;

import cn.qinqing.member.MemberFilter;
import cn.qinqing.member.MemberService;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.statistics.LiveBreakdowns;
import cn.qinqing.statistics.MemberStatistics;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Scale benchmark, not a test (no "Test" in the name, so {@code mvn verify} skips it; it also needs
 * {@code -Dqinqing.bench=true}): 1,000,000 members spread over 100 district federations, loaded with
 * COPY into an embedded PostgreSQL of its own, then the 95th-percentile latency of the member search
 * (a two-character Chinese fragment, pinyin initials) and of the structure statistics, called through
 * the services as a province-wide and as a district caller, and of the whole dashboard page and its
 * .xlsx download over HTTP from the running server, signed in with a session as a browser is. Run:
 * <pre>./mvnw -B -o test -Dtest=MemberScaleBenchmark -Dqinqing.bench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The figures go to the console and {@code target/bench/member-scale.md}; {@code -Dqinqing.bench.explain=true}
 * also logs the plan of every statement slower than 50 ms, {@code -Dqinqing.bench.members=N} loads N rows,
 * {@code -Dqinqing.bench.search=false} times the statistics only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"spring.datasource.url=", "qinqing.embedded-postgres.data-directory=target/bench/pg",
        "spring.jdbc.template.query-timeout=0"})
@EnabledIfSystemProperty(named = "qinqing.bench", matches = "true")
class MemberScaleBenchmark {

    static final int MEMBERS = Integer.getInteger("qinqing.bench.members", 1_000_000);
    static final Path DIR = Path.of("target/bench");
    /** -Dqinqing.bench.search=false leaves out the searches, to time only the statistics. */
    static final boolean SEARCH = !"false".equals(System.getProperty("qinqing.bench.search"));

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PersonalDataCipher cipher;
    @Autowired Federations federations;
    @Autowired MemberService members;
    @Autowired MemberStatistics statistics;
    @Autowired PasswordEncoder encoder;
    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    private final BenchReport report = new BenchReport();

    /** A fresh database each run, unless -Dqinqing.bench.reuse=true keeps the loaded one for the next. */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("qinqing.embedded-postgres.clean-on-start", () -> !Boolean.getBoolean("qinqing.bench.reuse"));
    }

    @Test
    void measure() throws Exception {
        var home = federations.home();
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var rows = new BenchMembers(jdbc, dataSource, cipher, report).ensure(MEMBERS, today, DIR);
        explainSlowStatements();
        var province = jdbc.sql("select id, path from federation where parent_id is null")
                .query((rs, n) -> BenchReport.staffOf(rs.getLong(1), rs.getString(2))).single();
        var district = BenchReport.staffOf(home.id(), home.path());
        report.row("members in the province scope / the district scope", count(province) + " / " + count(district));
        jdbc.sql("truncate member_figures_state, member_figures_cache").update();
        jdbc.sql("truncate member_breakdown_state, member_breakdown_chamber, member_breakdown_facet").update();
        long cold = System.nanoTime();
        BenchReport.as(province, () -> statistics.history(5));
        report.row("first statistics call with an empty cache (every federation counted once: after the load or a restore)",
                "%.0f ms".formatted((System.nanoTime() - cold) / 1e6));
        cold = System.nanoTime();
        BenchReport.as(province, () -> statistics.breakdowns());
        report.row("first breakdowns call with an empty cache (every federation counted once)",
                "%.0f ms".formatted((System.nanoTime() - cold) / 1e6));
        var browsers = List.of(browser("bench-province", province.federationId()), browser("bench-district", home.id()));
        for (var who : List.of(province, district)) {
            var scope = who == province ? "province (all)" : "district";
            var browser = browsers.get(who == province ? 0 : 1);
            var fragments = rows.probes.stream().map(BenchRows.Probe::fragment).toList();
            var initials = rows.probes.stream().map(BenchRows.Probe::initials).filter(q -> q.length() >= 3).toList();
            var pairs = rows.probes.stream().map(BenchRows.Probe::initials).filter(q -> q.length() == 2).toList();
            if (SEARCH) {
                report.time("search, 2-character Chinese fragment, page of 20, " + scope, who, 200, i -> search(fragments.get(i % fragments.size())));
                report.time("search, pinyin initials of 3-4 letters (thjt), page of 20, " + scope, who, 200, i -> search(initials.get(i % initials.size())));
                report.time("search, pinyin initials of 2 letters (a two-character name), page of 20, " + scope, who, 100,
                        i -> search(pairs.get(i % pairs.size())));
            }
            report.time("structure statistics (GET /api/v1/statistics/members), " + scope, who, 40, i -> statistics.summary());
            report.time("structure statistics after a change in one district each time, " + scope, who, 40, i -> {
                touchOneMember(home.id());
                return statistics.summary();
            });
            report.time("history, 5 years, " + scope, who, 20, i -> statistics.history(5));
            report.time("breakdowns counted live from the members (as before the cache of V4_6), " + scope, who, 10,
                    i -> LiveBreakdowns.count(context));
            report.time("breakdowns by chamber, industry, size, " + scope, who, 40, i -> statistics.breakdowns());
            report.time("breakdowns after a change in one district each time, " + scope, who, 40, i -> {
                touchOneMember(home.id());
                return statistics.breakdowns();
            });
            report.time("whole dashboard page over HTTP (GET /statistics/members: summary, 5 years, breakdowns, rendered), "
                    + scope, who, 40, i -> get(browser, "/statistics/members"));
            report.time("dashboard as .xlsx over HTTP (GET /statistics/members.xlsx), " + scope, who, 40,
                    i -> get(browser, "/statistics/members.xlsx"));
            report.time("whole dashboard page after a change in one district each time, " + scope, who, 40, i -> {
                touchOneMember(home.id());
                return get(browser, "/statistics/members");
            });
        }
        report.write(DIR.resolve("member-scale.md"));
    }

    /** With -Dqinqing.bench.explain=true the plans of statements slower than 50 ms go to the server's log. */
    private void explainSlowStatements() throws Exception {
        if (!Boolean.getBoolean("qinqing.bench.explain")) {
            return;
        }
        jdbc.sql("alter system set session_preload_libraries = 'auto_explain'").update();
        jdbc.sql("alter system set auto_explain.log_min_duration = '50ms'").update();
        jdbc.sql("alter system set auto_explain.log_analyze = on").update();
        jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
        dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    /** A change that bumps the district's version: its figures and breakdowns are recounted on the next call. */
    private void touchOneMember(long federationId) {
        jdbc.sql("update member set updated_at = now() where id = (select min(id) from member where federation_id = ?)")
                .param(federationId).update();
    }

    /**
     * A browser signed in (form login, session cookie) as a STAFF account of the federation, created
     * in the database the first time.
     */
    private HttpClient browser(String username, long federationId) throws Exception {
        var password = "Bench#2026x";
        if (jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() == 0) {
            long id = jdbc.sql("""
                    insert into app_user (username, display_name, password_hash, federation_id, must_change_password)
                    values (?, '基准测试', 'unset', ?, false) returning id""")
                    .params(username, federationId).query(Long.class).single();
            jdbc.sql("insert into user_role (user_id, role) values (?, 'STAFF')").param(id).update();
        }
        jdbc.sql("update app_user set password_hash = ?, failed_attempts = 0, locked_until = null where username = ?")
                .params(encoder.encode(password), username).update();
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var form = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var csrf = form.replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
        var body = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        var signedIn = client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + username + " answered " + signedIn.statusCode());
        }
        return client;
    }

    /** The page or download as the browser gets it; anything but 200 with a body stops the benchmark. */
    private Object get(HttpClient browser, String path) {
        try {
            var response = browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length == 0) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body().length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Object search(String q) {
        return members.search(new MemberFilter(q, null, null, null, null, null, null, null, MemberFilter.Sort.NAME), 0, 20);
    }

    private long count(QinqingUser who) {
        return BenchReport.as(who, () -> members.search(MemberFilter.all(), 0, 1).page().totalElements());
    }
}
