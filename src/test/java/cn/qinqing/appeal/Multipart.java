package cn.qinqing.appeal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as a browser or an API client sends it: fields, JSON parts and files. */
final class Multipart {

    private static final byte[] CRLF = {'\r', '\n'};

    private final String boundary = "----qinqing" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        head("form-data; name=\"" + name + "\"", "text/plain; charset=UTF-8");
        write(value.getBytes(StandardCharsets.UTF_8));
        write(CRLF);
        return this;
    }

    Multipart json(String name, String json) {
        head("form-data; name=\"" + name + "\"", "application/json");
        write(json.getBytes(StandardCharsets.UTF_8));
        write(CRLF);
        return this;
    }

    Multipart file(String name, String fileName, String contentType, byte[] content) {
        head("form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", contentType);
        write(content);
        write(CRLF);
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher publisher() {
        var bytes = body.toByteArray();
        var end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        var all = new byte[bytes.length + end.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(end, 0, all, bytes.length, end.length);
        return HttpRequest.BodyPublishers.ofByteArray(all);
    }

    private void head(String disposition, String contentType) {
        write(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + contentType
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] bytes) {
        body.writeBytes(bytes);
    }
}
