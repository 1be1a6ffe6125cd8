package cn.qinqing.member;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark - without it Excel opens UTF-8 as the local code
 * page and Chinese turns to mojibake - and CRLF line ends. Fields with commas, quotes or line breaks are quoted.
 */
final class CsvWriter implements Closeable {

    private final Writer out;

    CsvWriter(OutputStream target) throws IOException {
        target.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 64 * 1024);
    }

    void row(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            var value = values.get(i);
            if (value == null) {
                continue;
            }
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
            }
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
