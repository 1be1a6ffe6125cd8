package cn.qinqing.member;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at an uploaded file before any spreadsheet parser does, and refuses what is hostile or not
 * an .xlsx at all - by content, never by name. It inflates every entry itself, counting the real
 * bytes (a zip's declared sizes can lie), so a zip bomb stops at the limit; it refuses macros
 * (a vbaProject.bin part or the macro-enabled content type), any DOCTYPE (the door to external
 * entities; the parsers refuse them too) and sheets with more rows than an import may have.
 */
final class UploadInspector {

    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String WORKBOOK_TYPE = "spreadsheetml.sheet.main+xml";
    private static final String TEMPLATE_TYPE = "spreadsheetml.template.main+xml";

    private UploadInspector() {
    }

    /** What the inspection learnt: the most row elements in one worksheet (an upper bound of its rows). */
    record Inspection(int sheetRows) {
    }

    static Inspection inspect(Path file, int maxDataRows) {
        try {
            var size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportRefusedException("member-import.refused.too-large", MAX_FILE_BYTES / 1024 / 1024);
            }
            var magic = new byte[4];
            try (var in = Files.newInputStream(file)) {
                if (in.readNBytes(magic, 0, 4) < 4) {
                    throw new ImportRefusedException("member-import.refused.not-xlsx");
                }
            }
            if (java.util.Arrays.equals(magic, OLE2)) {
                throw new ImportRefusedException("member-import.refused.ole2");
            }
            if (magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                throw new ImportRefusedException("member-import.refused.not-xlsx");
            }
            return entries(file, size, maxDataRows);
        } catch (ZipException e) {
            throw new ImportRefusedException("member-import.refused.not-xlsx");
        } catch (IOException e) {
            throw new ImportRefusedException("member-import.refused.unreadable");
        }
    }

    private static Inspection entries(Path file, long size, int maxDataRows) throws IOException {
        long budget = Math.min(MAX_INFLATED_BYTES, Math.max(size, 1) * MAX_RATIO);
        long inflated = 0;
        int entries = 0;
        int sheetRows = 0;
        boolean workbook = false;
        try (var zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            var all = zip.entries();
            while (all.hasMoreElements()) {
                var entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new ImportRefusedException("member-import.refused.zip-bomb");
                }
                var name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
                    throw new ImportRefusedException("member-import.refused.macro");
                }
                var scan = new XmlScan(name.startsWith("xl/worksheets/") && name.endsWith(".xml"));
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                inflated += inflate(zip, entry, budget - inflated, xml ? scan : null);
                if (scan.doctype) {
                    throw new ImportRefusedException("member-import.refused.entities");
                }
                sheetRows = Math.max(sheetRows, scan.rows);
                if (sheetRows > maxDataRows + 1) {
                    throw new ImportRefusedException("member-import.refused.too-many-rows", maxDataRows);
                }
                if (name.equals("[content_types].xml")) {
                    var types = scan.text.toString();
                    if (types.contains("macroEnabled")) {
                        throw new ImportRefusedException("member-import.refused.macro");
                    }
                    workbook = types.contains(WORKBOOK_TYPE) || types.contains(TEMPLATE_TYPE);
                }
            }
        }
        if (!workbook) {
            throw new ImportRefusedException("member-import.refused.not-xlsx");
        }
        return new Inspection(sheetRows);
    }

    /** Inflates one entry through the scan; refuses as a zip bomb once the budget is spent. */
    private static long inflate(ZipFile zip, ZipEntry entry, long budget, XmlScan scan) throws IOException {
        long count = 0;
        var buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                count += n;
                if (count > budget) {
                    throw new ImportRefusedException("member-import.refused.zip-bomb");
                }
                if (scan != null) {
                    scan.feed(buffer, n);
                }
            }
        }
        if (scan != null) {
            scan.finish();
        }
        return count;
    }

    /**
     * A byte-level pass over XML: notes any {@code <!DOCTYPE} or {@code <!ENTITY}, counts row
     * elements ({@code <row}, also with a namespace prefix), and keeps the start of the text.
     */
    private static final class XmlScan {
        private static final int KEEP = 16 * 1024;
        private final boolean countRows;
        private final byte[] carry = new byte[64];
        private int carried;
        boolean doctype;
        int rows;
        final StringBuilder text = new StringBuilder();

        XmlScan(boolean countRows) {
            this.countRows = countRows;
        }

        void feed(byte[] buffer, int length) {
            if (text.length() < KEEP) {
                text.append(new String(buffer, 0, Math.min(length, KEEP), StandardCharsets.ISO_8859_1));
            }
            var data = new byte[carried + length];
            System.arraycopy(carry, 0, data, 0, carried);
            System.arraycopy(buffer, 0, data, carried, length);
            scan(data, false);
        }

        /** Looks at what the last buffer left over, now that no more bytes will follow. */
        void finish() {
            scan(java.util.Arrays.copyOf(carry, carried), true);
            carried = 0;
        }

        // Looks at each '<' with a full tag name after it; one too near the end waits for the next buffer.
        private void scan(byte[] data, boolean last) {
            int end = data.length;
            int i = 0;
            for (; i < end; i++) {
                if (data[i] != '<') {
                    continue;
                }
                if (!last && end - i < carry.length) {
                    break;
                }
                if (i + 1 < end && data[i + 1] == '!') {
                    doctype |= startsWith(data, i + 2, "DOCTYPE") || startsWith(data, i + 2, "ENTITY");
                } else if (countRows && isRow(data, i + 1)) {
                    rows++;
                }
            }
            carried = last ? 0 : end - i;
            System.arraycopy(data, i, carry, 0, carried);
        }

        private static boolean isRow(byte[] data, int from) {
            int start = from;
            int i = from;
            while (i < data.length && i < from + 40 && isNameChar(data[i])) {
                if (data[i] == ':') {
                    start = i + 1;
                }
                i++;
            }
            return i < data.length && i - start == 3 && data[start] == 'r' && data[start + 1] == 'o' && data[start + 2] == 'w';
        }

        private static boolean isNameChar(byte b) {
            return b == ':' || b == '_' || b == '-' || b == '.' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z')
                    || (b >= 'A' && b <= 'Z');
        }

        private static boolean startsWith(byte[] data, int at, String word) {
            if (at + word.length() > data.length) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (data[at + k] != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }
}
