package cn.qinqing.bench;

import cn.qinqing.member.MemberFilter;
import cn.qinqing.member.MemberService;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.statistics.MemberStatistics;
import java.io.BufferedWriter;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Scale benchmark, not a test (no "Test" in the name, so {@code mvn verify} skips it; it also needs
 * {@code -Dqinqing.bench=true}): 1,000,000 members spread over 100 district federations, loaded with
 * COPY into an embedded PostgreSQL of its own, then the 95th-percentile latency of the member search
 * (a two-character Chinese fragment, pinyin initials) and of the structure statistics, called through
 * the services as a province-wide and as a district caller. Run:
 * <pre>./mvnw -B -o test -Dtest=MemberScaleBenchmark -Dqinqing.bench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The figures go to the console and {@code target/bench/member-scale.md}; {@code -Dqinqing.bench.explain=true}
 * also logs the plan of every statement slower than 50 ms, {@code -Dqinqing.bench.members=N} loads N rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@TestPropertySource(properties = {"spring.datasource.url=", "qinqing.embedded-postgres.data-directory=target/bench/pg",
        "spring.jdbc.template.query-timeout=0"})
@EnabledIfSystemProperty(named = "qinqing.bench", matches = "true")
class MemberScaleBenchmark {

    static final int MEMBERS = Integer.getInteger("qinqing.bench.members", 1_000_000);
    static final Path DIR = Path.of("target/bench");

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PersonalDataCipher cipher;
    @Autowired Federations federations;
    @Autowired MemberService members;
    @Autowired MemberStatistics statistics;

    private final List<String> report = new ArrayList<>();

    /** A fresh database each run, unless -Dqinqing.bench.reuse=true keeps the loaded one for the next. */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("qinqing.embedded-postgres.clean-on-start", () -> !Boolean.getBoolean("qinqing.bench.reuse"));
    }

    @Test
    void measure() throws Exception {
        Files.createDirectories(DIR);
        var home = federations.home();
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var districts = districts();
        var rows = new BenchRows(cipher, districts, today);
        if (jdbc.sql("select count(*) from member").query(Long.class).single() >= MEMBERS) {
            // A kept database (-Dqinqing.bench.reuse=true) already holds the rows: only the probes are needed.
            try (var out = Writer.nullWriter()) {
                rows.write(out, MEMBERS, false);
            }
            row("rows", "kept from an earlier run");
        } else {
            load(rows);
        }
        var province = caller(jdbc.sql("select id, path from federation where parent_id is null").query(
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single());
        var district = caller(new Object[] {home.id(), home.path()});
        row("members in the province scope / the district scope", count(province) + " / " + count(district));
        jdbc.sql("truncate member_figures_state, member_figures_cache").update();
        long cold = System.nanoTime();
        as(province, () -> statistics.history(5));
        row("first statistics call with an empty cache (every federation counted once: after the load or a restore)",
                "%.0f ms".formatted((System.nanoTime() - cold) / 1e6));
        for (var who : List.of(province, district)) {
            var scope = who == province ? "province (all)" : "district";
            var fragments = rows.probes.stream().map(BenchRows.Probe::fragment).toList();
            var initials = rows.probes.stream().map(BenchRows.Probe::initials).filter(q -> q.length() >= 3).toList();
            var pairs = rows.probes.stream().map(BenchRows.Probe::initials).filter(q -> q.length() == 2).toList();
            time("search, 2-character Chinese fragment, page of 20, " + scope, who, 200, i -> search(fragments.get(i % fragments.size())));
            time("search, pinyin initials of 3-4 letters (thjt), page of 20, " + scope, who, 200, i -> search(initials.get(i % initials.size())));
            time("search, pinyin initials of 2 letters (a two-character name), page of 20, " + scope, who, 100,
                    i -> search(pairs.get(i % pairs.size())));
            time("structure statistics (GET /api/v1/statistics/members), " + scope, who, 40, i -> statistics.summary());
            time("structure statistics after a change in one district each time, " + scope, who, 40, i -> {
                jdbc.sql("update member set updated_at = now() where id = (select min(id) from member where federation_id = ?)")
                        .param(home.id()).update();
                return statistics.summary();
            });
            time("history, 5 years, " + scope, who, 20, i -> statistics.history(5));
            time("breakdowns by chamber, industry, size, " + scope, who, 20, i -> statistics.breakdowns());
        }
        var text = new StringBuilder("| what | figure |\n|---|---|\n");
        report.forEach(line -> text.append(line).append('\n'));
        Files.writeString(DIR.resolve("member-scale.md"), text.toString());
        System.out.println("\n" + text);
    }

    private void load(BenchRows rows) throws Exception {
        var file = DIR.resolve("members.tsv");
        long start = System.nanoTime();
        try (var out = new BufferedWriter(new FileWriter(file.toFile(), StandardCharsets.UTF_8), 1 << 20)) {
            rows.write(out, MEMBERS, true);
        }
        double generate = seconds(start);
        row("rows generated in Java (names, SearchTerms, SM4 for ID and mobile)", "%.1f s".formatted(generate));
        jdbc.sql("create table bench_member_floor (like member including defaults including identity)").update();
        double floor = copy("bench_member_floor", file);
        row("COPY into a bare copy of member (no indexes): the floor", "%.1f s (%.0f rows/s)".formatted(floor, MEMBERS / floor));
        double load = copy("member", file);
        row("COPY into member (its indexes: GIN bigrams, trigram, codes)", "%.1f s = %.1f x floor".formatted(load, load / floor));
        row("load end to end (generate + COPY into member)", "%.1f s = %.1f x floor".formatted(generate + load, (generate + load) / floor));
        start = System.nanoTime();
        jdbc.sql("""
                insert into member_period (member_id, started_on, ended_on, end_status)
                select id, joined_on, case when status = 'ACTIVE' then null
                       else joined_on + ((current_date - joined_on) / 2) end,
                       case when status = 'ACTIVE' then null else status end
                  from member""").update();
        row("member_period rows by INSERT ... SELECT", "%.1f s".formatted(seconds(start)));
        chambers();
        jdbc.sql("drop table bench_member_floor").update();
        jdbc.sql("vacuum analyze").update();
        if (Boolean.getBoolean("qinqing.bench.explain")) {
            // Plans of every statement slower than 50 ms go to the embedded server's log (the console).
            jdbc.sql("alter system set session_preload_libraries = 'auto_explain'").update();
            jdbc.sql("alter system set auto_explain.log_min_duration = '50ms'").update();
            jdbc.sql("alter system set auto_explain.log_analyze = on").update();
            jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
            dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        }
    }

    private Object search(String q) {
        return members.search(new MemberFilter(q, null, null, null, null, null, null, null, MemberFilter.Sort.NAME), 0, 20);
    }

    /** 100 district federations under 17 cities of the province; the home district is one of them. */
    private List<long[]> districts() {
        long province = jdbc.sql("select id from federation where parent_id is null").query(Long.class).single();
        var result = new ArrayList<long[]>();
        for (int city = 1; city <= 17 && result.size() < 100; city++) {
            var cityCode = "37%02d00".formatted(city);
            long cityId = federation(cityCode, "CITY", province);
            for (int d = 1; d <= 6 && result.size() < 100; d++) {
                var code = "37%02d%02d".formatted(city, d);
                result.add(new long[] {federation(code, "DISTRICT", cityId), Long.parseLong(code)});
            }
        }
        return result;
    }

    private long federation(String code, String level, long parent) {
        var existing = jdbc.sql("select id from federation where region_code = ?").param(code).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var parentPath = jdbc.sql("select path from federation where id = ?").param(parent).query(String.class).single();
        long id = jdbc.sql("insert into federation (name, level, region_code, parent_id, path) values (?, ?, ?, ?, '') returning id")
                .params("基准测试工商联" + code, level, code, parent).query(Long.class).single();
        jdbc.sql("update federation set path = ? where id = ?").params(parentPath + id + "/", id).update();
        return id;
    }

    /** Ten chambers per district; every second member belongs to one. */
    private void chambers() {
        jdbc.sql("""
                insert into chamber (federation_id, name, kind, credit_code)
                select f.id, '基准商会' || f.region_code || '-' || n, 'INDUSTRY',
                       '51' || f.region_code || 'QB' || lpad((f.id * 10 + n)::text, 8, '0')
                  from federation f cross join generate_series(0, 9) n where f.level = 'DISTRICT'""").update();
        jdbc.sql("""
                insert into member_chamber (member_id, chamber_id)
                select m.id, c.id from member m
                  join federation f on f.id = m.federation_id
                  join chamber c on c.federation_id = m.federation_id and c.name = '基准商会' || f.region_code || '-' || (m.id / 2 % 10)
                 where m.id % 2 = 0""").update();
    }

    private long count(QinqingUser who) {
        return as(who, () -> members.search(MemberFilter.all(), 0, 1).page().totalElements());
    }

    private void time(String what, QinqingUser who, int runs, java.util.function.IntFunction<Object> call) {
        for (int i = 0; i < Math.min(20, runs); i++) {
            int n = i;
            as(who, () -> call.apply(n));
        }
        var millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            int n = i;
            long start = System.nanoTime();
            as(who, () -> call.apply(n));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        row(what, "p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls)".formatted(millis[runs / 2],
                millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1], runs));
    }

    private double copy(String table, Path file) throws Exception {
        long start = System.nanoTime();
        try (var connection = dataSource.getConnection(); var reader = new FileReader(file.toFile(), StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + BenchRows.COLUMNS + ") from stdin", reader);
        }
        return seconds(start);
    }

    private static QinqingUser caller(Object[] federation) {
        return new QinqingUser(-1, "bench", "基准测试", "", (Long) federation[0], (String) federation[1],
                Set.of(RoleGrant.of(Role.STAFF)), false, true, null);
    }

    private static <T> T as(QinqingUser user, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void row(String what, String figure) {
        report.add("| " + what + " | " + figure + " |");
        System.out.println(what + ": " + figure);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
