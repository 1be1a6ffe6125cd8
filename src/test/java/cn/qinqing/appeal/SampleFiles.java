package cn.qinqing.appeal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files of each allowed type, made the way real programs make them, and hostile ones. */
final class SampleFiles {

    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    private SampleFiles() {
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] pdfOfSize(int size) {
        var bytes = new byte[size];
        var head = pdf("big");
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static byte[] jpeg() {
        return image("jpg");
    }

    static byte[] png() {
        return image("png");
    }

    static byte[] docx(String text) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(String text) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("欠款").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] text(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** The start of a Windows program: "MZ", the DOS stub, NUL bytes. */
    static byte[] exe() {
        var bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        var stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>fetch('/api/v1/appeals')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A macro-enabled workbook (.xlsm): its content type says so and it carries a vbaProject part. */
    static byte[] xlsm() {
        return zip(contentTypes(XLSM_MAIN, "/xl/workbook.xml"), new String[] {"xl/workbook.xml", "<workbook/>"},
                new String[] {"xl/vbaProject.bin", "Attribute VB_Name = \"Module1\""});
    }

    /** A .docx-looking zip whose one entry inflates to {@code megabytes} of zeros. */
    static byte[] zipBomb(int megabytes) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", contentTypes(DOCX_MAIN, "/word/document.xml"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx-looking zip with {@code count} tiny entries. */
    static byte[] manyEntries(int count) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", contentTypes(DOCX_MAIN, "/word/document.xml"));
            for (int i = 0; i < count; i++) {
                put(zip, "word/media/part" + i + ".xml", "<p/>");
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain zip archive (no office content types). */
    static byte[] plainZip() {
        return zip("not content types", new String[] {"readme.txt", "hello"});
    }

    private static String contentTypes(String mainType, String mainPart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>";
    }

    private static byte[] zip(String contentTypes, String[]... entries) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            if (!contentTypes.startsWith("not")) {
                put(zip, "[Content_Types].xml", contentTypes);
            }
            for (var entry : entries) {
                put(zip, entry[0], entry[1]);
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xB3261E);
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
