package cn.qinqing.bench;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.io.BufferedWriter;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scale benchmarks' province: 100 district federations under 17 cities, a million members spread
 * over them (loaded by COPY from {@link BenchRows}), member periods and ten chambers per district. A
 * database kept from an earlier run ({@code -Dqinqing.bench.reuse=true}) is used as it is.
 */
final class BenchMembers {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PersonalDataCipher cipher;
    private final BenchReport report;

    BenchMembers(JdbcClient jdbc, DataSource dataSource, PersonalDataCipher cipher, BenchReport report) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.report = report;
    }

    /** Loads {@code count} members unless they are there; answers the rows' search probes either way. */
    BenchRows ensure(int count, LocalDate today, Path dir) throws Exception {
        Files.createDirectories(dir);
        var rows = new BenchRows(cipher, districts(), today);
        if (jdbc.sql("select count(*) from member").query(Long.class).single() >= count) {
            try (var out = Writer.nullWriter()) {
                rows.write(out, count, false);
            }
            report.row("members", "kept from an earlier run");
            return rows;
        }
        var file = dir.resolve("members.tsv");
        long start = System.nanoTime();
        try (var out = new BufferedWriter(new FileWriter(file.toFile(), StandardCharsets.UTF_8), 1 << 20)) {
            rows.write(out, count, true);
        }
        double generate = BenchReport.seconds(start);
        report.row("rows generated in Java (names, SearchTerms, SM4 for ID and mobile)", "%.1f s".formatted(generate));
        jdbc.sql("create table bench_member_floor (like member including defaults including identity)").update();
        double floor = copy("bench_member_floor", file);
        report.row("COPY into a bare copy of member (no indexes): the floor", "%.1f s (%.0f rows/s)".formatted(floor, count / floor));
        double load = copy("member", file);
        report.row("COPY into member (its indexes: GIN bigrams, trigram, codes)", "%.1f s = %.1f x floor".formatted(load, load / floor));
        report.row("load end to end (generate + COPY into member)",
                "%.1f s = %.1f x floor".formatted(generate + load, (generate + load) / floor));
        start = System.nanoTime();
        jdbc.sql("""
                insert into member_period (member_id, started_on, ended_on, end_status)
                select id, joined_on, case when status = 'ACTIVE' then null
                       else joined_on + ((current_date - joined_on) / 2) end,
                       case when status = 'ACTIVE' then null else status end
                  from member""").update();
        report.row("member_period rows by INSERT ... SELECT", "%.1f s".formatted(BenchReport.seconds(start)));
        chambers();
        jdbc.sql("drop table bench_member_floor").update();
        jdbc.sql("vacuum analyze").update();
        return rows;
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

    private double copy(String table, Path file) throws Exception {
        long start = System.nanoTime();
        try (var connection = dataSource.getConnection(); var reader = new FileReader(file.toFile(), StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + BenchRows.COLUMNS + ") from stdin", reader);
        }
        return BenchReport.seconds(start);
    }
}
