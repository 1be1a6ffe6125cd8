package cn.qinqing.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a file is, decided by its content; the name only has to agree. No Spring. */
class AppealAttachmentInspectorTests {

    private final AttachmentInspector inspector = new AttachmentInspector(1_000, 100L * 1024 * 1024);

    @Test
    void eachAllowedTypeIsRecognisedByItsContent() throws AttachmentRefused {
        assertThat(inspector.inspect("pdf", SampleFiles.pdf("合同")).type()).isEqualTo(AttachmentType.PDF);
        assertThat(inspector.inspect("jpg", SampleFiles.jpeg()).type()).isEqualTo(AttachmentType.JPEG);
        assertThat(inspector.inspect("jpeg", SampleFiles.jpeg()).type()).isEqualTo(AttachmentType.JPEG);
        assertThat(inspector.inspect("png", SampleFiles.png()).type()).isEqualTo(AttachmentType.PNG);
        assertThat(inspector.inspect("docx", SampleFiles.docx("催款函")).type()).isEqualTo(AttachmentType.DOCX);
        assertThat(inspector.inspect("xlsx", SampleFiles.xlsx("欠款明细")).type()).isEqualTo(AttachmentType.XLSX);
        assertThat(inspector.inspect("txt", SampleFiles.text("欠款情况说明\r\n", StandardCharsets.UTF_8)).contentType())
                .isEqualTo("text/plain;charset=UTF-8");
        assertThat(inspector.inspect("txt", SampleFiles.text("欠款情况说明", Charset.forName("GBK"))).contentType())
                .isEqualTo("text/plain;charset=GB18030");
    }

    @Test
    void aNameWithoutExtensionIsTakenForWhatTheContentIs() throws AttachmentRefused {
        assertThat(inspector.inspect("", SampleFiles.png()).type()).isEqualTo(AttachmentType.PNG);
        assertThat(AttachmentNames.withExtension("营业执照", AttachmentType.PNG)).isEqualTo("营业执照.png");
    }

    @Test
    void programsAndWebPagesAreRefusedUnderAnyName() {
        for (var name : new String[] {"pdf", "txt", "exe", "html", ""}) {
            assertThatThrownBy(() -> inspector.inspect(name, SampleFiles.exe()))
                    .isInstanceOf(AttachmentRefused.class).hasMessage(AttachmentInspector.TYPE);
            assertThatThrownBy(() -> inspector.inspect(name, SampleFiles.html()))
                    .isInstanceOf(AttachmentRefused.class).hasMessage(AttachmentInspector.TYPE);
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> inspector.inspect("txt", svg)).hasMessage(AttachmentInspector.TYPE);
    }

    @Test
    void aDocumentUnderAnotherTypesNameIsRefusedAsAMismatch() {
        assertThatThrownBy(() -> inspector.inspect("pdf", SampleFiles.png())).hasMessage(AttachmentInspector.MISMATCH);
        assertThatThrownBy(() -> inspector.inspect("xlsx", SampleFiles.docx("x"))).hasMessage(AttachmentInspector.MISMATCH);
        assertThatThrownBy(() -> inspector.inspect("pdf", SampleFiles.text("说明", StandardCharsets.UTF_8)))
                .hasMessage(AttachmentInspector.MISMATCH);
    }

    @Test
    void macroEnabledOfficeFilesAreRefusedWhateverTheirName() {
        assertThatThrownBy(() -> inspector.inspect("xlsm", SampleFiles.xlsm())).hasMessage(AttachmentInspector.MACRO);
        assertThatThrownBy(() -> inspector.inspect("xlsx", SampleFiles.xlsm())).hasMessage(AttachmentInspector.MACRO);
    }

    @Test
    void zipBombsStopAtTheLimitsOfSizeAndEntries() {
        var small = new AttachmentInspector(50, 5L * 1024 * 1024);
        assertThatThrownBy(() -> small.inspect("docx", SampleFiles.zipBomb(6))).hasMessage(AttachmentInspector.BOMB);
        assertThatThrownBy(() -> small.inspect("docx", SampleFiles.manyEntries(60))).hasMessage(AttachmentInspector.BOMB);
        assertThatThrownBy(() -> small.inspect("docx", SampleFiles.plainZip())).hasMessage(AttachmentInspector.TYPE);
    }

    @Test
    void randomBytesAreNeverTakenForADocument() {
        var random = new Random(20260315);
        for (int i = 0; i < 500; i++) {
            var bytes = new byte[1 + random.nextInt(2048)];
            random.nextBytes(bytes);
            bytes[0] = (byte) (0x80 | bytes[0]);
            try {
                var type = inspector.inspect("", bytes).type();
                assertThat(type).as("random bytes #" + i).isEqualTo(AttachmentType.TEXT);
                assertThat(new String(bytes, Charset.forName("GB18030"))).doesNotContain("\u0000");
            } catch (AttachmentRefused refused) {
                assertThat(refused.messageKey()).isEqualTo(AttachmentInspector.TYPE);
            }
        }
    }

    @Test
    void namesKeepTheirLastSegmentLoseControlAndDirectionCharactersAndStayShort() {
        assertThat(AttachmentNames.clean("C:\\Users\\张三\\合同.pdf")).isEqualTo("合同.pdf");
        assertThat(AttachmentNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentNames.clean("发票\u202Efdp.exe")).isEqualTo("发票fdp.exe");
        assertThat(AttachmentNames.clean("a\u0000b\nc.txt")).isEqualTo("abc.txt");
        assertThat(AttachmentNames.clean("  ")).isEqualTo(AttachmentNames.FALLBACK);
        var longName = AttachmentNames.clean("很".repeat(300) + ".docx");
        assertThat(longName).hasSize(AttachmentIntake.MAX_NAME).endsWith(".docx");
        assertThat(AttachmentNames.extension("合同.PDF")).isEqualTo("pdf");
        assertThat(AttachmentNames.extension(".bashrc")).isEmpty();
    }
}
