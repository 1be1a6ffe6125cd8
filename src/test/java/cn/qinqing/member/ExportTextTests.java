package cn.qinqing.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Text that could run as a formula is defused; CSV is what Excel opens correctly. */
class ExportTextTests {

    @Test
    void valuesStartingWithAFormulaCharacterGetAnApostrophe() {
        for (var dangerous : new String[] {"=1+1", "+86", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"}) {
            assertThat(SpreadsheetText.safe(dangerous)).isEqualTo("'" + dangerous);
        }
        for (var harmless : new String[] {"通海集团", "a=b", "138****5678", "", "'quoted"}) {
            assertThat(SpreadsheetText.safe(harmless)).isEqualTo(harmless);
        }
        assertThat(SpreadsheetText.safe(null)).isNull();
    }

    @Test
    void csvStartsWithAByteOrderMarkAndQuotesWhatNeedsQuoting() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var csv = new CsvWriter(out)) {
            csv.row(Arrays.asList("名称", "地址"));
            csv.row(Arrays.asList("甲,乙", "说\"好\"", null, "两\n行"));
        }
        var bytes = out.toByteArray();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("名称,地址\r\n\"甲,乙\",\"说\"\"好\"\"\",,\"两\n行\"\r\n");
    }

    @Test
    void cellReferencesRunPastZ() {
        assertThat(XlsxWriter.reference(0, 1)).isEqualTo("A1");
        assertThat(XlsxWriter.reference(25, 2)).isEqualTo("Z2");
        assertThat(XlsxWriter.reference(26, 3)).isEqualTo("AA3");
        assertThat(XlsxWriter.reference(701, 4)).isEqualTo("ZZ4");
        assertThat(XlsxWriter.reference(702, 5)).isEqualTo("AAA5");
    }
}
