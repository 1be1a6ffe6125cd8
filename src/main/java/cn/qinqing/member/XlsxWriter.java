package cn.qinqing.member;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a one-sheet .xlsx straight into a stream, row by row: the sheet's XML goes through the
 * zip as it is produced, so a 100,000-row export starts reaching the browser at once and the heap
 * stays flat. (POI's SXSSF, which fastexcel writes with, first spools the whole sheet to a temp
 * file and zips it at the end - about ten times slower here.) Every value is a text cell, which
 * spreadsheet programs never evaluate; the header row is bold and frozen.
 */
final class XlsxWriter implements Closeable {

    /** A column: header, width in characters, and whether typing into it should stay text (codes, numbers). */
    record Column(String header, int width, boolean text) {
    }

    static final int MAX_CELL = 32_767;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final ZipOutputStream zip;
    private final Writer out;
    private final List<Column> columns;
    private final List<String> validations = new ArrayList<>();
    private int rowNumber;

    XlsxWriter(OutputStream target, String sheetName, List<Column> columns) throws IOException {
        this.columns = List.copyOf(columns);
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        this.out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\""
                + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
                + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets><sheet name=\"" + escape(sheetName)
                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
                + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/></Relationships>");
        // Cell formats: 0 plain, 1 bold header, 2 text ("@", so typed codes stay text).
        part("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\""
                + MAIN + "\"><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font><font><b/><sz val=\"11\"/>"
                + "<name val=\"等线\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs></styleSheet>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                + "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>");
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            out.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + column.width()
                    + "\" customWidth=\"1\"" + (column.text() ? " style=\"2\"" : "") + "/>");
        }
        out.write("</cols><sheetData>");
        row(columns.stream().map(Column::header).toList(), true);
    }

    /** One row; null and empty values leave the cell empty. */
    void row(List<String> values) throws IOException {
        row(values, false);
    }

    /**
     * A drop-down list (values joined must stay under 255 characters) and/or an input hint shown
     * when a cell of the column is selected, for the rows below the header.
     */
    void validation(int column, List<String> values, String hint, int rows) {
        var ref = reference(column, 2) + ":" + reference(column, rows + 1);
        var list = values == null || values.isEmpty() ? "" : " type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\"";
        var prompt = hint == null ? "" : " showInputMessage=\"1\" prompt=\"" + escape(hint) + "\"";
        var formula = list.isEmpty() ? "" : "<formula1>\"" + escape(String.join(",", values)) + "\"</formula1>";
        validations.add("<dataValidation" + list + prompt + " sqref=\"" + ref + "\">" + formula + "</dataValidation>");
    }

    private void row(List<String> values, boolean header) throws IOException {
        rowNumber++;
        out.write("<row r=\"");
        out.write(Integer.toString(rowNumber));
        out.write("\">");
        for (int i = 0; i < values.size(); i++) {
            var value = values.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            out.write("<c r=\"");
            out.write(reference(i, rowNumber));
            out.write(header ? "\" s=\"1\"" : i < columns.size() && columns.get(i).text() ? "\" s=\"2\"" : "\"");
            out.write(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            out.write(escape(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value));
            out.write("</t></is></c>");
        }
        out.write("</row>");
    }

    @Override
    public void close() throws IOException {
        out.write("</sheetData>");
        if (!validations.isEmpty()) {
            out.write("<dataValidations count=\"" + validations.size() + "\">");
            for (var validation : validations) {
                out.write(validation);
            }
            out.write("</dataValidations>");
        }
        out.write("</worksheet>");
        out.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    /** A1-style reference of a zero-based column and a one-based row. */
    static String reference(int column, int row) {
        var letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }

    /** XML text: markup characters escaped, characters XML cannot carry at all (most controls) dropped. */
    static String escape(String value) {
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> allowed(value, i) ? null : "";
            };
            if (replacement != null && sb == null) {
                sb = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? value : sb.toString();
    }

    private static boolean allowed(String value, int i) {
        char c = value.charAt(i);
        if (c >= 0x20 && c < 0xD800 || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
