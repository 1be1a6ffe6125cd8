package cn.qinqing.member;

import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import cn.qinqing.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test data for the member import: unique valid credit codes and ID numbers, chambers, .xlsx files
 * built cell by cell with POI (text, numbers, real date cells, booleans), and multipart uploads.
 */
@Component
class ImportFixture {

    private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextInt(1_000_000));
    static final String TYPE_ENTERPRISE = "企业会员";
    static final String TYPE_INDIVIDUAL = "个人会员";

    private final JdbcClient jdbc;
    private final Federations federations;

    ImportFixture(JdbcClient jdbc, Federations federations) {
        this.jdbc = jdbc;
        this.federations = federations;
    }

    /** A short token that makes names unique across tests. */
    static String unique() {
        return Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
    }

    /** A valid credit code with this kind prefix ("91" enterprise, "92" individual business...) and region. */
    static String code(String kind, String region) {
        var serial = Long.toString(SEQUENCE.incrementAndGet(), 31);
        var body = new StringBuilder();
        for (char c : serial.toCharArray()) {
            body.append(CreditCode.ALPHABET.charAt(Character.digit(c, 31)));
        }
        while (body.length() < 7) {
            body.insert(0, '0');
        }
        return CreditCode.fromPrefix(kind + region + "MA" + body.substring(body.length() - 7)).value();
    }

    static String enterpriseCode() {
        return code("91", "370503");
    }

    /** A valid 18-character ID number born in the 1970s-80s, unique in this run. */
    static String idNumber() {
        long n = SEQUENCE.incrementAndGet();
        var birth = LocalDate.of(1970, 1, 1).plusDays(n % 7000);
        var first17 = "370503" + birth.toString().replace("-", "") + "%03d".formatted(n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A mobile number unique enough for tests. */
    static String mobile() {
        return "139" + "%08d".formatted(SEQUENCE.incrementAndGet() % 100_000_000);
    }

    /** A valid enterprise row: type, name, code, legal rep, -, mobile, industry, kind, size, high-tech, chambers, date. */
    static List<Object> enterprise(String name) {
        return row(TYPE_ENTERPRISE, name, enterpriseCode(), "张三", null, mobile(), "C", null, "小", "否", null, "2023-05-01");
    }

    static List<Object> individual(String name) {
        return row(TYPE_INDIVIDUAL, name, null, null, idNumber(), mobile(), null, null, null, null, null, "2022-03-15");
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** A copy of the row with one cell replaced. */
    static List<Object> with(List<Object> row, ImportColumn column, Object value) {
        var copy = new ArrayList<>(row);
        copy.set(column.ordinal(), value);
        return copy;
    }

    /** An .xlsx with the template header and these rows; LocalDate cells become real Excel date cells. */
    static byte[] xlsx(List<List<Object>> rows) {
        var all = new ArrayList<List<Object>>();
        all.add(new ArrayList<>(ImportColumn.headers()));
        all.addAll(rows);
        return sheet(all);
    }

    /** An .xlsx whose first sheet holds exactly these rows (the first is not forced to be the header). */
    static byte[] sheet(List<List<Object>> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("会员");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                var values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    var value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Boolean bool) {
                        cell.setCellValue(bool);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chamber of the home federation with this name; returns its id. */
    long chamber(String name) {
        var code = code("51", "370503");
        return jdbc.sql("insert into chamber (federation_id, name, kind, credit_code) values (?, ?, 'INDUSTRY', ?) returning id")
                .params(federations.home().id(), name, code).query(Long.class).single();
    }

    /** Posts a multipart form: the file part plus plain fields. */
    static Api.Response upload(Api api, String path, byte[] file, String filename, Map<String, String> fields) {
        var boundary = "----qinqing" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        var crlf = "\r\n";
        fields.forEach((name, value) -> write(body, "--" + boundary + crlf
                + "Content-Disposition: form-data; name=\"" + name + "\"" + crlf + crlf + value + crlf));
        if (file != null) {
            write(body, "--" + boundary + crlf + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"" + crlf + "Content-Type: application/octet-stream" + crlf + crlf);
            body.writeBytes(file);
            write(body, crlf);
        }
        write(body, "--" + boundary + "--" + crlf);
        return api.send(HttpRequest.newBuilder(api.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static Api.Response importFile(Api api, byte[] file, String query) {
        return upload(api, "/api/v1/members/imports" + (query == null ? "" : "?" + query), file, "members.xlsx", Map.of());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** How many members carry this name. */
    long countByName(String name) {
        return jdbc.sql("select count(*) from member where name = ?").param(name).query(Long.class).single();
    }
}
