package cn.qinqing.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspection in front of the parser: sizes, ratios, row counts, DOCTYPEs, macros, content types. */
class UploadInspectorTests {

    @TempDir
    Path dir;

    private final byte[] valid = ImportFixture.xlsx(List.of(ImportFixture.enterprise("检查")));

    @Test
    void aValidWorkbookPassesAndItsRowsAreCounted() throws Exception {
        assertThat(UploadInspector.inspect(write(valid), 10).sheetRows()).isEqualTo(2);
    }

    @Test
    void rowElementsAreCountedWithANamespacePrefixAndAcrossBufferBoundaries() throws Exception {
        var sheet = new StringBuilder("<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"urn:x\"><x:sheetData>");
        for (int i = 0; i < 30_000; i++) {
            sheet.append("<x:row r=\"").append(i + 1).append("\"><x:c/></x:row>");
        }
        sheet.append("</x:sheetData></x:worksheet>");
        var entries = HostileFiles.entries(valid);
        entries.put("xl/worksheets/sheet1.xml", sheet.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(UploadInspector.inspect(write(HostileFiles.zip(entries)), 100_000).sheetRows()).isEqualTo(30_000);
        assertRefused(HostileFiles.zip(entries), 1000, "member-import.refused.too-many-rows");
    }

    @Test
    void inflatingPastAHundredTimesTheFileSizeIsAZipBomb() throws Exception {
        var bomb = HostileFiles.addEntry(valid, "xl/media/zeros.bin", new byte[5 * 1024 * 1024]);
        assertThat(bomb.length * 100L).isLessThan(5L * 1024 * 1024);

        assertRefused(bomb, 10, "member-import.refused.zip-bomb");
    }

    @Test
    void tooManyEntriesIsAZipBomb() throws Exception {
        var entries = new LinkedHashMap<>(HostileFiles.entries(valid));
        for (int i = 0; i <= UploadInspector.MAX_ENTRIES; i++) {
            entries.put("xl/media/e" + i, new byte[] {(byte) i});
        }
        assertRefused(HostileFiles.zip(entries), 10, "member-import.refused.zip-bomb");
    }

    @Test
    void aDoctypeInAnyPartIsRefusedEvenATinyOne() throws Exception {
        assertRefused(HostileFiles.addEntry(valid, "xl/tiny.xml", "<!DOCTYPE a><a/>".getBytes(StandardCharsets.UTF_8)),
                10, "member-import.refused.entities");
        assertRefused(HostileFiles.withExternalEntity(valid, "_rels/.rels", "http://example.invalid/x"), 10,
                "member-import.refused.entities");
    }

    @Test
    void anEmptyOrShortFileIsNotAnXlsx() throws Exception {
        assertRefused(new byte[0], 10, "member-import.refused.not-xlsx");
        assertRefused(new byte[] {'P', 'K'}, 10, "member-import.refused.not-xlsx");
        assertRefused(HostileFiles.zip(new LinkedHashMap<>()), 10, "member-import.refused.not-xlsx");
    }

    private void assertRefused(byte[] content, int maxRows, String key) throws Exception {
        var file = write(content);
        assertThatThrownBy(() -> UploadInspector.inspect(file, maxRows))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Path write(byte[] content) throws Exception {
        var file = Files.createTempFile(dir, "upload", ".bin");
        Files.write(file, content);
        return file;
    }
}
