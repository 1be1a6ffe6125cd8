package cn.qinqing.member;

import static cn.qinqing.member.ImportFixture.enterprise;
import static cn.qinqing.member.ImportFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The import page: upload, counts, problems table, the error rows as a spreadsheet, progress and the template. */
@IntegrationTest
class MemberImportPageTests {

    private static final Pattern ERRORS_LINK = Pattern.compile("/members/import/([0-9a-f-]{36})/errors\\.xlsx");

    @Autowired
    TestAccounts accounts;
    @Autowired
    ImportFixture fixture;

    @Test
    void uploadingShowsTheCountsAndTheProblemsAndHandsTheBadRowsBackWithAReason() throws Exception {
        var web = signIn(accounts.create("pageimport", Role.STAFF));
        var u = ImportFixture.unique();
        var file = ImportFixture.xlsx(List.of(enterprise("页面导入" + u),
                with(enterprise("页面导入坏手机" + u), ImportColumn.MOBILE, "12345"),
                with(enterprise("页面导入坏日期" + u), ImportColumn.JOINED_ON, "明年")));

        var page = post(web, file, "skip", false);

        assertThat(page.statusCode()).isEqualTo(200);
        var html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("新增 1 个会员").contains("拒绝 2 行").contains("id=\"error-table\"")
                .contains("<td>3</td>").contains("<td>4</td>").contains("入会日期“明年”无法识别");
        var link = ERRORS_LINK.matcher(html);
        assertThat(link.find()).isTrue();

        var download = get(web, link.group());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        var rows = read(download.body());
        assertThat(rows.get(0)).endsWith("|入会日期|错误原因");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("企业会员|页面导入坏手机" + u + "|").contains("|12345|").contains("第 3 行：手机号：");
        assertThat(rows.get(2)).contains("|明年|").contains("第 4 行：入会日期：");
        assertThat(fixture.countByName("页面导入" + u)).isEqualTo(1);

        var token = link.group(1);
        var progress = JsonMapper.builder().build().readTree(get(web, "/members/import/progress?token=" + token).body());
        assertThat(progress.get("finished").asBoolean()).isTrue();
        assertThat(progress.get("rowsRead").asInt()).isEqualTo(3);
        assertThat(progress.get("handedBack").asInt()).isEqualTo(2);

        var other = signIn(accounts.create("otherimport", Role.STAFF));
        assertThat(get(other, link.group()).statusCode()).isEqualTo(404);
        assertThat(get(other, "/members/import/progress?token=" + token).statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusedFileIsExplainedOnThePageAndTheChoicesAreKept() throws Exception {
        var web = signIn(accounts.create("pagerefuse", Role.STAFF));

        var page = post(web, "这不是表格".getBytes(StandardCharsets.UTF_8), "upsert", true);

        var html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(html).contains("id=\"import-failure\"").contains("不是 Excel .xlsx 工作簿");
        assertThat(html).containsPattern("id=\"mode-upsert\" value=\"upsert\"\\s+checked");
        assertThat(html).containsPattern("id=\"dry-run\" value=\"true\" checked");
    }

    @Test
    void theTemplateHasOneSheetWithTheTwelveHeadersInOrder() throws Exception {
        var web = signIn(accounts.create("template", Role.STAFF));

        var page = get(web, "/members/import/template");
        var api = accounts.api(accounts.create("templateapi", Role.LEADER)).get("/api/v1/members/imports/template");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml.sheet");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(page.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            var sheet = workbook.getSheetAt(0);
            var header = new ArrayList<String>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("会员类型", "名称", "统一社会信用代码", "法定代表人", "身份证号", "手机号",
                    "所属行业", "企业类型", "企业规模", "高新技术企业", "所属商会", "入会日期");
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getDataValidations()).isNotEmpty();
        }
        assertThat(api.status()).isEqualTo(200);
    }

    @Test
    void thePageIsForFederationStaffAndLeadersOnly() throws Exception {
        var staff = signIn(accounts.create("pagestaff", Role.STAFF));
        var viceChair = signIn(accounts.create("pagevice", Role.VICE_CHAIR));

        var html = new String(get(staff, "/members/import").body(), StandardCharsets.UTF_8);

        assertThat(html).contains("id=\"import-form\"").contains("hx-post=\"/members/import\"")
                .contains("/members/import/template").contains("/js/member-import.js");
        assertThat(get(viceChair, "/members/import").statusCode()).isEqualTo(403);
        assertThat(get(viceChair, "/members/import/template").statusCode()).isEqualTo(403);
    }

    private WebSession signIn(String username) {
        var web = WebSession.open(accounts.port());
        assertThat(web.login(username, TestAccounts.PASSWORD).status()).isEqualTo(302);
        return web;
    }

    private HttpResponse<byte[]> post(WebSession web, byte[] file, String mode, boolean dryRun) throws Exception {
        var csrf = web.csrf("/members/import");
        var token = java.util.UUID.randomUUID().toString();
        var boundary = "----page" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        var fields = new ArrayList<>(List.of("_csrf", csrf, "token", token, "mode", mode));
        if (dryRun) {
            fields.addAll(List.of("dryRun", "true"));
        }
        for (int i = 0; i < fields.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields.get(i) + "\"\r\n\r\n"
                    + fields.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名册.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(web, HttpRequest.newBuilder(uri("/members/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<byte[]> get(WebSession web, String path) throws Exception {
        return send(web, HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<byte[]> send(WebSession web, HttpRequest.Builder request) throws Exception {
        request.header("Cookie", "QQSESSION=" + web.cookie("QQSESSION")).header("Accept-Language", "zh-CN");
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + accounts.port() + path);
    }

    private static List<String> read(byte[] xlsx) throws Exception {
        var rows = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
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
}
