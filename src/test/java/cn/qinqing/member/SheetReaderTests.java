package cn.qinqing.member;

import static cn.qinqing.member.ImportFixture.enterprise;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming reader on its own, without the inspection in front of it. */
class SheetReaderTests {

    @TempDir
    Path dir;

    @Test
    void theParserNeverResolvesExternalEntitiesEvenWithoutTheInspection() throws Exception {
        var secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-7f3a");
        var sharedStrings = ImportFixture.xlsx(List.of(enterprise("实体测试")));
        var inline = new ByteArrayOutputStream();
        try (var writer = new XlsxWriter(inline, "会员", ImportTemplate.columns())) {
            writer.row(Arrays.asList("企业会员", "实体测试"));
        }
        var cases = List.of(
                HostileFiles.withExternalEntity(sharedStrings, "xl/sharedStrings.xml", secret.toUri().toString()),
                HostileFiles.withExternalEntity(sharedStrings, "xl/workbook.xml", secret.toUri().toString()),
                HostileFiles.withExternalEntity(inline.toByteArray(), "xl/worksheets/sheet1.xml", secret.toUri().toString()));
        for (var file : cases) {
            var items = readAll(write(file), 10);

            assertThat(items).last().isInstanceOf(SheetReader.Failed.class);
            assertThat(items.toString()).doesNotContain("SECRET-7f3a");
        }
        // A DOCTYPE in the styles only costs the styles; nothing is resolved either.
        var styles = readAll(write(HostileFiles.withExternalEntity(sharedStrings, "xl/styles.xml", secret.toUri().toString())), 10);
        assertThat(styles.toString()).doesNotContain("SECRET-7f3a");
    }

    @Test
    void readingStopsAtOneRowOverTheLimitAndRefusesTheFile() throws Exception {
        var rows = new ArrayList<List<Object>>();
        for (int i = 0; i < 6; i++) {
            rows.add(enterprise("行数" + i));
        }
        var items = readAll(write(ImportFixture.xlsx(rows)), 5);

        var last = items.get(items.size() - 1);
        assertThat(last).isInstanceOf(SheetReader.Failed.class);
        var refused = (ImportRefusedException) ((SheetReader.Failed) last).cause();
        assertThat(refused.messageKey()).isEqualTo("member-import.refused.too-many-rows");
    }

    @Test
    void rowsKeepTheirSpreadsheetNumbersAcrossEmptyRowsAndCellsComeBackAsTyped() throws Exception {
        var rows = new ArrayList<List<Object>>();
        rows.add(enterprise("第二行"));
        rows.add(Arrays.asList(new Object[12]));
        rows.add(ImportFixture.with(enterprise("第四行"), ImportColumn.MOBILE, 13912345678d));
        var items = readAll(write(ImportFixture.xlsx(rows)), 10);

        var read = ((SheetReader.Rows) items.get(0)).rows();
        assertThat(read).extracting(ImportRow::number).containsExactly(2, 4);
        assertThat(read.get(1).cell(ImportColumn.NAME)).isEqualTo("第四行");
        assertThat(read.get(1).cell(ImportColumn.MOBILE)).isEqualTo("13912345678");
        assertThat(items.get(1)).isInstanceOf(SheetReader.End.class);
    }

    @Test
    void theStreamingWriterProducesWorkbooksTheReaderReadsBack() throws Exception {
        var out = new ByteArrayOutputStream();
        var odd = "含<标记>&\"引号\" 和控制符\u0001与emoji😀";
        try (var writer = new XlsxWriter(out, "会员", ImportTemplate.columns())) {
            writer.row(Arrays.asList("企业会员", odd, "91370503MA0000001X", null, "", "13912345678"));
        }
        var items = readAll(write(out.toByteArray()), 10);

        var row = ((SheetReader.Rows) items.get(0)).rows().get(0);
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.cell(ImportColumn.NAME)).isEqualTo("含<标记>&\"引号\" 和控制符与emoji😀");
        assertThat(row.cell(ImportColumn.MOBILE)).isEqualTo("13912345678");
        assertThat(row.cell(ImportColumn.LEGAL_REPRESENTATIVE)).isNull();
    }

    @Test
    void aSheetWithoutTheHeaderIsRefused() throws Exception {
        var items = readAll(write(ImportFixture.sheet(List.of(enterprise("无表头")))), 10);

        var failed = (SheetReader.Failed) items.get(items.size() - 1);
        assertThat(((ImportRefusedException) failed.cause()).messageKey()).isEqualTo("member-import.refused.header");
    }

    private Path write(byte[] content) throws Exception {
        var file = Files.createTempFile(dir, "sheet", ".xlsx");
        Files.write(file, content);
        return file;
    }

    private static List<SheetReader.Item> readAll(Path file, int maxRows) throws Exception {
        var items = new ArrayList<SheetReader.Item>();
        try (var reader = new SheetReader(file, maxRows).start()) {
            while (true) {
                var item = reader.next();
                items.add(item);
                if (!(item instanceof SheetReader.Rows)) {
                    return items;
                }
            }
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
