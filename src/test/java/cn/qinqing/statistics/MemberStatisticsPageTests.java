package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.FormerMembers;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberType;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The dashboard page {@code /statistics/members}: every chart has its table of figures beside it, the
 * page carries no inline script, and the figures download as a workbook with one sheet per table.
 */
@IntegrationTest
class MemberStatisticsPageTests {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired MemberService members;
    @Autowired FormerMembers former;
    @Autowired Chambers chambers;
    @Autowired TestAccounts accounts;

    StatisticsWorld world;
    long chamber;

    @BeforeEach
    void world() {
        world = new StatisticsWorld(jdbc, encoder, users, members, former, chambers, port);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        chamber = world.chamber("页面测试物流业商会" + world.region);
        world.active(world.organisation(MemberType.ENTERPRISE, "92", true, false, Industry.G, EnterpriseSize.MICRO,
                LocalDate.of(year - 1, 3, 1)), chamber);
        world.active(world.organisation(MemberType.ENTERPRISE, "92", true, false, Industry.H, EnterpriseSize.MICRO,
                LocalDate.of(year - 1, 5, 1)));
        world.active(world.organisation(MemberType.ENTERPRISE, "91", false, true, Industry.I, EnterpriseSize.SMALL,
                LocalDate.of(year, 1, 1)));
        world.active(world.individual(true, LocalDate.of(year - 2, 1, 1)));
    }

    @Test
    void thePageShowsEveryFigureInATableBesideItsChartAndHasNoInlineScript() {
        var response = world.api(world.staff).get("/statistics/members");
        assertThat(response.status()).isEqualTo(200);
        var html = response.body();
        assertThat(html).contains("会员结构统计", "统计测试区工商联" + world.region, "数据截至");
        assertThat(html).containsPattern("id=\"kpi-total\"[^>]*>4<");
        assertThat(html).containsPattern("id=\"kpi-previous\"[^>]*>3<");
        assertThat(html).containsPattern("id=\"kpi-growth\"[^>]*>33.3%<");
        for (var table : List.of("stats-types", "stats-growth", "stats-balances", "stats-history", "stats-chambers",
                "stats-industries", "stats-sizes")) {
            assertThat(html).contains("data-source=\"" + table + "\"").contains("<table class=\"table table-bordered table-sm bg-white")
                    .contains("id=\"" + table + "\"");
        }
        assertThat(html).contains("个体工商户多、私营企业少", "页面测试物流业商会" + world.region, "G 交通运输、仓储和邮政业");
        assertThat(html).containsPattern("data-balance=\"business\">\\s*<th[^>]*>[^<]*</th>\\s*<td>个体工商户</td><td data-value=\"2\">2</td>");
        assertThat(html).containsPattern("src=\"/webjars/echarts/[0-9.]*/?dist/echarts.min.js\"").contains("/js/table-chart.js");
        assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script").isFalse();
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'").contains("img-src 'self' data:");
    }

    @Test
    void theChartLibraryAndTheDashboardScriptAreServed() {
        var api = world.api(world.staff);
        var echarts = api.get("/webjars/echarts/dist/echarts.min.js");
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.body()).contains("saveAsImage");
        assertThat(api.get("/js/table-chart.js").body()).contains("data-value", "getDataURL");
    }

    @Test
    void theWorkbookHasOneSheetPerTableWithTheFigures() throws Exception {
        var response = download(world.staff, "/statistics/members.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "filename=\"member-statistics.xlsx\"", "filename*=UTF-8''"
                        + java.net.URLEncoder.encode("会员结构统计-统计测试区工商联" + world.region, StandardCharsets.UTF_8));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var names = new ArrayList<String>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("概况", "三多三少", "历年结构", "历年增长", "按商会", "按行业", "按规模");
            var overview = rows(book, 0);
            assertThat(overview).contains(List.of("会员总数", "4"), List.of("上年末会员数", "3"), List.of("增长率", "33.3%"),
                    List.of("企业会员", "3"), List.of("统计范围", "统计测试区工商联" + world.region));
            assertThat(rows(book, 1).get(1)).containsExactly("个体工商户多、私营企业少", "个体工商户", "2", "私营企业", "1", "2.0");
            assertThat(rows(book, 2)).hasSize(6);
            assertThat(rows(book, 4)).contains(List.of("页面测试物流业商会" + world.region, "1"));
            assertThat(rows(book, 5)).contains(List.of("I", "信息传输、软件和信息技术服务业", "1"));
            assertThat(rows(book, 6)).contains(List.of("微型", "2"), List.of("小型", "1"));
        }
    }

    @Test
    void inEnglishTheWorkbookHeadersAreEnglish() throws Exception {
        var response = download(world.staff, "/statistics/members.xlsx?lang=en");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(book.getSheetName(0)).isEqualTo("Overview");
            assertThat(rows(book, 0)).contains(List.of("Members", "4"));
        }
    }

    @Test
    void aChamberSecretarySeesItsChambersFigures() {
        var secretary = world.account(Role.CHAMBER_SECRETARY, chamber);
        var html = world.api(secretary).get("/statistics/members").body();
        assertThat(html).containsPattern("id=\"stats-scope\"[^>]*>页面测试物流业商会" + world.region + "<");
        assertThat(html).containsPattern("id=\"kpi-total\"[^>]*>1<");
        assertThat(html).contains("href=\"/statistics/members\"");
    }

    @Test
    void administratorsMayNotOpenThePageOrTheWorkbook() throws Exception {
        accounts.adminsReady();
        for (var admin : TestAccounts.ADMINS) {
            assertThat(accounts.api(admin).get("/statistics/members").status()).isEqualTo(403);
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/statistics/members.xlsx")).header("Authorization", basic(admin, TestAccounts.PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(403);
        }
    }

    private HttpResponse<byte[]> download(String username, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(username, StatisticsWorld.PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> rows(XSSFWorkbook book, int sheet) {
        var format = new DataFormatter();
        var rows = new ArrayList<List<String>>();
        book.getSheetAt(sheet).forEach(row -> {
            var cells = new ArrayList<String>();
            row.forEach(cell -> cells.add(format.formatCellValue(cell)));
            rows.add(cells);
        });
        return rows;
    }
}
