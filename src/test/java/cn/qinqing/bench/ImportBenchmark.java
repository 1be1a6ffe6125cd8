package cn.qinqing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import and export of 100,000 members end to end over HTTP against the embedded PostgreSQL, with
 * the ratio to a bare PostgreSQL COPY of the same rows and the heap watched throughout. Not part
 * of the normal test run (tag {@code benchmark}); run it as docs/performance.md says:
 * <pre>./mvnw -q -B -o test -Dtest=ImportBenchmark -Dsurefire.excludedGroups= -DargLine=-Xmx512m</pre>
 */
@IntegrationTest
@Tag("benchmark")
class ImportBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    static final int WARM_UP_ROWS = 3_000;
    private static final String[] TOWNS = {"河口", "六合", "义和", "仙河", "孤岛", "新户", "东营", "垦利", "利津", "广饶"};
    private static final String[] TRADES = {"石油", "化工", "机械", "酒业", "科技", "建材", "物流", "商贸", "农业", "电子",
            "海洋", "食品", "纺织", "装备", "能源", "环保", "医药", "物业", "餐饮", "文化"};
    private static final String[] SUFFIXES = {"有限公司", "股份有限公司", "集团有限公司", "农民专业合作社", "经营部", "商行"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽";

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private final AtomicLong sequence = new AtomicLong(1);

    @Test
    void importAndExportOfOneHundredThousandMembers() throws Exception {
        var staff = accounts.create("bench", Role.STAFF);
        var chamberName = "基准测试商会";
        jdbc.sql("insert into chamber (federation_id, name, kind, credit_code) select id, ?, 'INDUSTRY', ? from federation where region_code = '370503'")
                .params(chamberName, CreditCode.fromPrefix("51370503MJB000001").value()).update();
        var warmUp = Files.createTempFile("bench-warm", ".xlsx");
        var file = Files.createTempFile("bench", ".xlsx");
        try {
            generate(warmUp, WARM_UP_ROWS, "预热", chamberName);
            generate(file, ROWS, "基准", chamberName);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                System.out.printf("BENCH file of %d rows: %d KB, shared strings %d KB inflated%n", ROWS, Files.size(file) / 1024,
                        zip.getEntry("xl/sharedStrings.xml").getSize() / 1024);
            }
            var warm = upload(staff, warmUp);
            report("warm-up import", WARM_UP_ROWS, warm.seconds, warm.body);

            var heap = new HeapWatch().start();
            var walBefore = wal();
            var run = upload(staff, file);
            var walAfter = wal();
            heap.stop();
            report("import", ROWS, run.seconds, run.body);
            System.out.printf("BENCH WAL written during the import: %d MB, checkpoints %d timed + %d requested%n",
                    (walAfter[0] - walBefore[0]) / 1_048_576, walAfter[1] - walBefore[1], walAfter[2] - walBefore[2]);
            assertThat(run.body).contains("\"imported\":" + ROWS);
            searchWhileMerging(staff);
            System.out.printf("BENCH heap (test and server share the JVM): before %d MB, live at most %d MB (full GC every 5 s), "
                            + "after a young collection at most %d MB, sampled incl. garbage at most %d MB, after %d MB (max %d MB)%n",
                    heap.before / 1_048_576, heap.peakLive.get() / 1_048_576, heap.peakAfterGc.get() / 1_048_576,
                    heap.peak.get() / 1_048_576, heap.after / 1_048_576, Runtime.getRuntime().maxMemory() / 1_048_576);

            var copySeconds = copyTheSameRows(true);
            System.out.printf("BENCH PostgreSQL COPY of the same %d member rows into a copy of the table (as the import, "
                            + "search terms appended to the GIN pending lists): %.2f s; import/COPY = %.1f%n",
                    ROWS, copySeconds, run.seconds / copySeconds);
            var copyDefaults = copyTheSameRows(false);
            System.out.printf("BENCH PostgreSQL COPY of the same %d member rows into a copy of the table with the GIN indexes' "
                            + "default settings (merged 4 MB at a time, as before): %.2f s; import/COPY = %.1f%n",
                    ROWS, copyDefaults, run.seconds / copyDefaults);

            for (var format : new String[] {"xlsx", "csv"}) {
                var started = System.nanoTime();
                var bytes = download(staff, "/members/export." + format + "?q=" + java.net.URLEncoder.encode("基准", StandardCharsets.UTF_8));
                var seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("BENCH export %s of %d members: %.2f s (%.0f rows/s), %d KB%n", format, ROWS, seconds,
                        ROWS / seconds, bytes / 1024);
            }
        } finally {
            Files.deleteIfExists(warmUp);
            Files.deleteIfExists(file);
        }
    }

    private record Run(double seconds, String body) {
    }

    private Run upload(String user, Path file) throws Exception {
        var boundary = "----bench" + System.nanoTime();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roll.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new ByteArrayOutputStream();
        body.writeBytes(head);
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(tail);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + accounts.port() + "/api/v1/members/imports"))
                .header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        var started = System.nanoTime();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        var seconds = (System.nanoTime() - started) / 1e9;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var text = response.body();
        return new Run(seconds, text.substring(0, text.indexOf(",\"errors\"")) + "}");
    }

    private long download(String user, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + accounts.port() + path))
                .header("Authorization", basic(user)).GET().build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long bytes = 0;
        try (InputStream in = response.body()) {
            var buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        return bytes;
    }

    /** COPY the imported member rows (as text, via a file) into an empty table built like member, indexes included. */
    private double copyTheSameRows(boolean sameIndexSettings) throws Exception {
        var rows = Files.createTempFile("bench-rows", ".copy");
        try (var connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (var out = Files.newOutputStream(rows)) {
                copy.copyOut("copy (select * from member where name like '基准%') to stdout", out);
            }
            try (var statement = connection.createStatement()) {
                statement.execute("drop table if exists member_copy_bench");
                statement.execute("create table member_copy_bench (like member including all)");
                // As the import does it (ImportedRoll.deferSearchTerms), or with the 4 MB default.
                statement.execute(sameIndexSettings ? "set gin_pending_list_limit = 2097151" : "reset gin_pending_list_limit");
            }
            var started = System.nanoTime();
            try (var in = Files.newInputStream(rows)) {
                copy.copyIn("copy member_copy_bench from stdin", in);
            }
            var seconds = (System.nanoTime() - started) / 1e9;
            try (var statement = connection.createStatement()) {
                statement.execute("drop table member_copy_bench");
                statement.execute("reset gin_pending_list_limit");
            }
            return seconds;
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    /**
     * Searches (two-character fragment, full pinyin) over HTTP right after the import, while the search indexes'
     * pending lists are being merged in the background, and again after the merge.
     */
    private void searchWhileMerging(String staff) throws Exception {
        jdbc.sql("create extension if not exists pgstattuple").update();
        long started = System.nanoTime();
        System.out.printf("BENCH pending pages of the search indexes right after the import: %d%n", pendingPages());
        var during = new java.util.ArrayList<Double>();
        String[] queries = {"石油", "shiyou", "河口", "hekou"};
        while (pendingPages() > 0 && System.nanoTime() - started < 300_000_000_000L) {
            during.add(search(staff, queries[during.size() % queries.length]));
        }
        var mergeSeconds = (System.nanoTime() - started) / 1e9;
        var after = new java.util.ArrayList<Double>();
        for (int i = 0; i < 40; i++) {
            after.add(search(staff, queries[i % queries.length]));
        }
        System.out.printf("BENCH background merge of the pending lists done %.1f s after the import answered; searches meanwhile: "
                + "%d, p50 %.1f ms, p95 %.1f ms; after the merge: p50 %.1f ms, p95 %.1f ms%n", mergeSeconds, during.size(),
                percentile(during, 50), percentile(during, 95), percentile(after, 50), percentile(after, 95));
    }

    /** WAL position (bytes), timed and requested checkpoints so far. */
    private long[] wal() {
        return jdbc.sql("select pg_current_wal_lsn() - '0/0'::pg_lsn, num_timed, num_requested from pg_stat_checkpointer")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    private long pendingPages() {
        return jdbc.sql("select sum((pgstatginindex(cast(i as regclass))).pending_pages) from "
                + "unnest(array['member_search_terms_idx', 'member_search_text_idx']) i").query(Long.class).single();
    }

    private double search(String user, String q) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + accounts.port() + "/api/v1/members?q="
                + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", basic(user)).GET().build();
        var started = System.nanoTime();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        var ms = (System.nanoTime() - started) / 1e6;
        assertThat(response.statusCode()).isEqualTo(200);
        return ms;
    }

    private static double percentile(java.util.List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        var sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void report(String what, int rows, double seconds, String body) {
        System.out.printf("BENCH %s of %d rows: %.2f s = %.0f rows/s -> %s%n", what, rows, seconds, rows / seconds, body);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A roll as staff keep it: shared strings (as Excel writes them), 40 % organisations, 60 % individuals. */
    private void generate(Path path, int rows, String prefix, String chamber) throws Exception {
        var random = new Random(rows);
        try (var workbook = new SXSSFWorkbook(null, 200, true, true); var out = Files.newOutputStream(path)) {
            var sheet = workbook.createSheet("会员名册");
            var header = sheet.createRow(0);
            var headers = new String[] {"会员类型", "名称", "统一社会信用代码", "法定代表人", "身份证号", "手机号", "所属行业",
                    "企业类型", "企业规模", "高新技术企业", "所属商会", "入会日期"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                long n = sequence.getAndIncrement();
                boolean organisation = random.nextInt(10) < 4;
                var person = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                        + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
                String[] values;
                if (organisation) {
                    var name = prefix + TOWNS[random.nextInt(TOWNS.length)] + TRADES[random.nextInt(TRADES.length)]
                            + person.substring(1) + n + SUFFIXES[random.nextInt(SUFFIXES.length)];
                    values = new String[] {"企业会员", name, code(prefix, n), person, null, mobile(random), "CFGIL".charAt(random.nextInt(5)) + "",
                            null, "小", random.nextInt(10) == 0 ? "是" : "否", random.nextInt(3) == 0 ? chamber : null,
                            LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)).toString()};
                } else {
                    values = new String[] {"个人会员", prefix + person + n, null, null, idNumber(prefix, n), mobile(random), null, null,
                            null, null, random.nextInt(3) == 0 ? chamber : null,
                            LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)).toString()};
                }
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String code(String prefix, long n) {
        var body = new StringBuilder(Long.toString(n, 31));
        for (int i = 0; i < body.length(); i++) {
            body.setCharAt(i, CreditCode.ALPHABET.charAt(Character.digit(body.charAt(i), 31)));
        }
        while (body.length() < 7) {
            body.insert(0, '0');
        }
        return CreditCode.fromPrefix("91370503" + (prefix.equals("基准") ? "MB" : "MW") + body).value();
    }

    private static String idNumber(String prefix, long n) {
        var birth = LocalDate.of(prefix.equals("基准") ? 1960 : 1950, 1, 1).plusDays(n / 1000);
        var first17 = "370503" + birth.toString().replace("-", "") + "%03d".formatted(n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String mobile(Random random) {
        return "13" + (3 + random.nextInt(7)) + "%08d".formatted(random.nextInt(100_000_000));
    }

    /**
     * Watches the heap while the import runs: the used heap sampled every 50 ms (garbage included)
     * and the heap left after each collection (what the import really holds), both at their peak.
     */
    private static final class HeapWatch implements javax.management.NotificationListener {
        final AtomicLong peak = new AtomicLong();
        final AtomicLong peakAfterGc = new AtomicLong();
        /** The live heap: after a full collection forced every five seconds (each costs the import some 0.1 s). */
        final AtomicLong peakLive = new AtomicLong();
        static final long FORCED_GC_EVERY_NANOS = 5_000_000_000L;
        long before;
        long after;
        private volatile boolean running = true;
        private Thread thread;

        HeapWatch start() throws Exception {
            System.gc();
            before = used();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).addNotificationListener(this, null, null);
            }
            thread = new Thread(() -> {
                long lastForced = System.nanoTime();
                while (running) {
                    peak.accumulateAndGet(used(), Math::max);
                    if (System.nanoTime() - lastForced > FORCED_GC_EVERY_NANOS) {
                        System.gc();
                        peakLive.accumulateAndGet(used(), Math::max);
                        lastForced = System.nanoTime();
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
            return this;
        }

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (!running || !notification.getType().equals(
                    com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) notification.getUserData());
            long live = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                    .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
            peakAfterGc.accumulateAndGet(live, Math::max);
        }

        void stop() throws Exception {
            running = false;
            thread.join();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).removeNotificationListener(this);
            }
            System.gc();
            after = used();
        }

        private static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
