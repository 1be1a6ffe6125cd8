package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.idev.excel.FastExcel;
import cn.qinqing.appeal.AppealService;
import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.MemberService;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The monthly bulletin downloads over {@link AppealStatisticsScenario}: the workbook read back sheet by
 * sheet, the PDF opened and its text extracted, each download audited, a month that is not one refused.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealBulletinExportTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MemberService members;
    @Autowired FormerMembers former;
    @Autowired Chambers chambers;
    @Autowired AppealService appeals;
    @Autowired TestAccounts accounts;

    AppealStatisticsScenario s;
    String a;

    @BeforeAll
    void scenario() {
        s = new AppealStatisticsScenario(new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port),
                new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port), jdbc, encoder, appeals);
        a = s.federationName(s.world.federationId);
    }

    @Test
    void theWorkbookHasTheBulletinTheUnitsTheCountsAndTheRepeats() throws Exception {
        var response = download(s.world.staff, "/appeals/statistics/bulletin.xlsx?month=2026-03");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
                "filename=\"appeal-bulletin-2026-03.xlsx\"",
                "filename*=UTF-8''" + URLEncoder.encode(a + "诉求统计通报-2026-03.xlsx", StandardCharsets.UTF_8));
        var bulletin = sheet(response.body(), 0);
        assertThat(bulletin.get(0)).containsExactly(a + "诉求办理情况通报");
        assertThat(bulletin).anySatisfy(row -> assertThat(row.get(0)).startsWith("2026年3月，" + a + "共受理诉求10件"));
        assertThat(bulletin).anySatisfy(row -> assertThat(row.get(0)).startsWith("低于通报标准的办理单位："));
        var units = sheet(response.body(), 1);
        assertThat(units.get(0)).startsWith("办理单位", "受理诉求", "已受理", "不予受理", "已办结").endsWith("是否低于标准");
        assertThat(units).contains(List.of(a + "机关", "6", "4", "1", "3", "2", "4", "3", "2", "3", "3", "50.0%", "75.0%",
                "100.0%", "是"));
        assertThat(units).contains(List.of("区人社局" + s.world.region, "1", "1", "0", "1", "1", "1", "0", "0", "1", "1",
                "100.0%", "100.0%", "100.0%", "否"));
        assertThat(units.get(units.size() - 1)).startsWith("合计", "10", "8", "1", "6");
        var counts = sheet(response.body(), 2);
        assertThat(counts).contains(List.of("诉求类别", "投诉维权", "5"), List.of("诉求事项", "拖欠账款", "2"),
                List.of("受理渠道", "来电", "4"));
        var repeats = sheet(response.body(), 3);
        assertThat(repeats).hasSize(3);
        assertThat(repeats.get(1)).startsWith(a).contains("统计测试非会员企业" + s.m1, "非会员", "3", "2", "拖欠账款");
        assertThat(audits("xlsx")).isEqualTo(1);
    }

    @Test
    void thePdfOpensAndHoldsTheBulletinsText() throws Exception {
        var response = download(s.world.staff, "/appeals/statistics/bulletin.pdf?month=2026-03");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        var body = response.body();
        assertThat(new String(body, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var reader = new PdfReader(body);
        try {
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            var flat = text.toString().replaceAll("\\s+", "");
            assertThat(flat).contains(a + "诉求办理情况通报", "（2026年3月）", "2026年3月，" + a + "共受理诉求10件",
                    "按时办结率50.0%", "一、各办理单位办理情况", "区市场监管局" + s.world.region, "0.0%▼", "拖欠账款",
                    "统计测试非会员企业" + s.m1);
        } finally {
            reader.close();
        }
        assertThat(audits("pdf")).isEqualTo(1);
    }

    @Test
    void aMonthThatIsNotOneIsRefusedAndAdministratorsMayNotDownload() throws Exception {
        var bad = download(s.world.staff, "/appeals/statistics/bulletin.xlsx?month=2026-13");
        assertThat(bad.statusCode()).isEqualTo(400);
        accounts.adminsReady();
        var admin = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/appeals/statistics/bulletin.pdf?month=2026-03"))
                .header("Authorization", basic(TestAccounts.SYSADMIN, TestAccounts.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(admin.statusCode()).isEqualTo(403);
    }

    private long audits(String format) {
        return jdbc.sql("""
                select count(*) from audit_record where action = 'APPEAL_BULLETIN_EXPORT' and username = ?
                   and object_id = '2026-03-01/2026-03-31' and detail = ? and result = 'SUCCESS'""")
                .params(s.world.staff, format).query(Long.class).single();
    }

    private static List<List<String>> sheet(byte[] workbook, int index) {
        var rows = new ArrayList<List<String>>();
        FastExcel.read(new ByteArrayInputStream(workbook), new cn.idev.excel.read.listener.ReadListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, cn.idev.excel.context.AnalysisContext context) {
                var cells = new ArrayList<String>();
                int last = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
                for (int i = 0; i <= last; i++) {
                    cells.add(row.get(i));
                }
                rows.add(cells);
            }

            @Override
            public void doAfterAllAnalysed(cn.idev.excel.context.AnalysisContext context) {
            }
        }).sheet(index).headRowNumber(0).doRead();
        return rows;
    }

    private HttpResponse<byte[]> download(String username, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(username, StatisticsWorld.PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
