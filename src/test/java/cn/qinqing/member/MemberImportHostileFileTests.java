package cn.qinqing.member;

import static cn.qinqing.member.ImportFixture.enterprise;
import static cn.qinqing.member.ImportFixture.importFile;
import static cn.qinqing.member.ImportFixture.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hostile or wrong uploads are refused fast, as a whole, with a clear Chinese message; nothing is stored. */
@IntegrationTest
class MemberImportHostileFileTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ImportFixture fixture;
    @Autowired
    JdbcClient jdbc;

    Api api;
    String name;
    byte[] valid;

    @BeforeEach
    void validWorkbook() {
        api = accounts.api(accounts.create("hostile", Role.STAFF));
        name = "恶意文件测试" + ImportFixture.unique();
        valid = xlsx(List.of(enterprise(name)));
    }

    @Test
    void aFileOverTwentyMegabytesIsRefused() {
        var big = new byte[20 * 1024 * 1024 + 1];
        new Random(1).nextBytes(big);

        var response = importFile(api, big, null);

        assertRefused(response, "20 MB");
    }

    @Test
    void moreThanTwoHundredThousandRowsAreRefusedBeforeAnyIsStored() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var writer = new XlsxWriter(out, "会员", ImportTemplate.columns())) {
            var row = new ArrayList<String>(enterprise(name).stream().map(v -> v == null ? null : v.toString()).toList());
            for (int i = 0; i <= MemberImport.MAX_ROWS; i++) {
                writer.row(row);
            }
        }
        long started = System.nanoTime();

        var response = importFile(api, out.toByteArray(), null);

        assertRefused(response, "200000");
        assertThat((System.nanoTime() - started) / 1_000_000).as("refused fast, in ms").isLessThan(15_000);
    }

    @Test
    void aZipBombIsRefused() {
        var bomb = addEntry(new byte[50 * 1024 * 1024]);

        var response = importFile(api, bomb, null);

        assertRefused(response, "压缩炸弹");
    }

    @Test
    void externalEntitiesAreRefusedWhereverTheyAppear() {
        for (var part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml")) {
            var file = HostileFiles.withExternalEntity(valid, part, "file:///etc/hostname");

            var response = importFile(api, file, null);

            assertThat(response.status()).as(part).isEqualTo(400);
            assertThat(response.json().get("detail").asText()).as(part).contains("外部实体");
        }
        assertThat(fixture.countByName(name)).isZero();
    }

    @Test
    void macrosAreRefusedByPartAndByContentType() {
        var withProject = HostileFiles.addEntry(valid, "xl/vbaProject.bin", new byte[] {1, 2, 3});
        var macroType = HostileFiles.editEntry(valid, "[Content_Types].xml", xml -> xml.replace(
                "spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"));

        assertRefused(importFile(api, withProject, null), "宏");
        assertRefused(importFile(api, macroType, null), "宏");
    }

    @Test
    void whatIsNotAnXlsxIsRefusedByContentWhateverItsName() {
        var csv = "会员类型,名称\n企业会员,测试\n".getBytes(StandardCharsets.UTF_8);
        var word = HostileFiles.editEntry(valid, "[Content_Types].xml", xml -> xml.replace(
                "spreadsheetml.sheet.main+xml", "wordprocessingml.document.main+xml"));
        var ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);

        assertRefused(importFile(api, csv, null), "不是 Excel .xlsx");
        assertRefused(importFile(api, word, null), "不是 Excel .xlsx");
        assertRefused(importFile(api, ole2, null), ".xls");
        assertRefused(importFile(api, "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), null), "不是 Excel .xlsx");
        var renamed = ImportFixture.upload(api, "/api/v1/members/imports", valid, "members.csv", Map.of());
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("imported").asInt()).isEqualTo(1);
    }

    @Test
    void aHeaderThatIsNotTheTemplatesIsRefusedNamingTheColumn() {
        var header = new ArrayList<Object>(ImportColumn.headers());
        header.set(2, "信用代码");
        var file = ImportFixture.sheet(List.of(header, enterprise(name)));

        var response = importFile(api, file, null);

        assertRefused(response, "第 3 列应为“统一社会信用代码”，实际为“信用代码”");
    }

    @Test
    void anUploadWithoutAFileIsRefused() {
        var response = ImportFixture.upload(api, "/api/v1/members/imports", null, null, Map.of("mode", "skip"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("请选择");
    }

    @Test
    void refusalsAreAuditedAsFailures() {
        importFile(api, "not a workbook".getBytes(StandardCharsets.UTF_8), null);

        assertThat(jdbc.sql("select count(*) from audit_record where action = 'MEMBER_IMPORT' and result = 'FAILURE' and detail like 'refused: member-import.refused.not-xlsx'")
                .query(Long.class).single()).isPositive();
    }

    private byte[] addEntry(byte[] content) {
        return HostileFiles.addEntry(valid, "xl/media/padding.bin", content);
    }

    private void assertRefused(Api.Response response, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).contains("problem+json");
        assertThat(response.json().get("detail").asText()).contains(detail);
        assertThat(fixture.countByName(name)).isZero();
    }
}
