package cn.qinqing.member;

import static cn.qinqing.member.ImportFixture.enterprise;
import static cn.qinqing.member.ImportFixture.individual;
import static cn.qinqing.member.ImportFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The export: the filtered list, masked or (for those who may) unmasked, formulas defused, audited with its count. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberExportTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ImportFixture fixture;
    @Autowired
    JdbcClient jdbc;

    private final String u = ImportFixture.unique();
    private List<Object> firm;
    private List<Object> person;
    private String staff;
    private long chamber;

    @BeforeAll
    void importThreeMembers() {
        var chamberName = "导出商会" + u;
        chamber = fixture.chamber(chamberName);
        firm = with(enterprise("导出测试" + u + "企业"), ImportColumn.CHAMBERS, chamberName);
        person = individual("导出测试" + u + "个人");
        var formula = enterprise("=导出测试" + u + "+HYPERLINK(\"http://evil\")");
        staff = accounts.create("exporter", Role.STAFF);
        var response = ImportFixture.importFile(accounts.api(staff), ImportFixture.xlsx(List.of(firm, person, formula)), null);
        assertThat(response.json().get("imported").asInt()).isEqualTo(3);
    }

    @Test
    void whoMayNotUnmaskGetsMaskedNumbersAndTheExportIsAuditedWithItsCount() throws Exception {
        var viceChair = accounts.create("vcexport", Role.VICE_CHAIR);

        var rows = xlsx(viceChair, "/members/export.xlsx?q=" + enc("导出测试" + u));

        assertThat(rows.get(0)).startsWith("会员类型|名称|统一社会信用代码|法定代表人|身份证号|手机号|所属行业|企业类型|企业规模|高新技术企业|所属商会|入会日期|会员编号");
        assertThat(rows).hasSize(4);
        var personRow = rows.stream().filter(r -> r.contains("个人会员")).findFirst().orElseThrow();
        assertThat(personRow).contains("370503********").doesNotContain((String) person.get(4))
                .contains("139****").doesNotContain((String) person.get(5));
        assertThat(audit(viceChair)).isEqualTo("SUCCESS:rows=3, format=xlsx, masked");
    }

    @Test
    void staffWhoMayUnmaskGetFullNumbers() throws Exception {
        var rows = xlsx(staff, "/members/export.xlsx?q=" + enc("导出测试" + u));

        assertThat(String.join("\n", rows)).contains((String) person.get(4)).contains((String) person.get(5))
                .contains((String) firm.get(2)).contains("导出商会" + u).contains("在册");
        assertThat(audit(staff)).isEqualTo("SUCCESS:rows=3, format=xlsx, unmasked");
    }

    @Test
    void aValueThatCouldRunAsAFormulaIsWrittenAsText() throws Exception {
        var rows = xlsx(staff, "/members/export.xlsx?q=" + enc("导出测试" + u));
        var csv = get(staff, "/api/v1/members/export?format=csv&q=" + enc("导出测试" + u));

        assertThat(rows).anyMatch(r -> r.contains("|'=导出测试" + u + "+HYPERLINK"));
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",\"'=导出测试" + u + "+HYPERLINK");
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndFollowsTheFilter() throws Exception {
        var viceChair = accounts.create("vccsv", Role.VICE_CHAIR);

        var bytes = get(viceChair, "/members/export.csv?type=INDIVIDUAL&q=" + enc("导出测试" + u));

        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        var lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("会员类型,名称,统一社会信用代码");
        assertThat(lines[1]).startsWith("个人会员,导出测试" + u + "个人").contains("370503********");
        assertThat(audit(viceChair)).isEqualTo("SUCCESS:rows=1, format=csv, masked");
    }

    @Test
    void aChamberSecretaryExportsOnlyThatChambersMembers() throws Exception {
        var secretary = accounts.createBound("secexport", new RoleGrant(Role.CHAMBER_SECRETARY, chamber, null, null));

        var rows = xlsx(secretary, "/members/export.xlsx?q=" + enc("导出测试" + u));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).contains("导出测试" + u + "企业").contains("139****");
    }

    @Test
    void administratorsMayNotExportAndBadFiltersAreRefused() throws Exception {
        assertThat(accounts.sysadmin().get("/api/v1/members/export").status()).isEqualTo(403);
        var api = accounts.api(staff);
        assertThat(api.get("/api/v1/members/export?format=pdf").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/members/export?status=SLEEPING").status()).isEqualTo(400);
    }

    private String audit(String username) {
        return jdbc.sql("select result || ':' || detail from audit_record where username = ? and action = 'MEMBER_EXPORT' order by id desc limit 1")
                .param(username).query(String.class).single();
    }

    /** The exported workbook's rows, cells joined with |. */
    private List<String> xlsx(String username, String path) throws Exception {
        var bytes = get(username, path);
        var rows = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getStringCellValue());
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    private byte[] get(String username, String path) throws Exception {
        var token = Base64.getEncoder().encodeToString((username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Api.as(accounts.port(), username, "").uri(path))
                .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
