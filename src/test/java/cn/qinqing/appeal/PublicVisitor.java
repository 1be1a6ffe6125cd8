package cn.qinqing.appeal;

import cn.qinqing.support.Api;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser on the public pages (or signed in): the session cookie and the CSRF token the page handed
 * out, sent as a form field or as the {@code X-CSRF-TOKEN} header like the pages' scripts.
 */
final class PublicVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final int port;
    String token;
    /** The idempotency key the empty public form carried. */
    final String submissionKey;

    PublicVisitor(int port) {
        this.port = port;
        var form = send(HttpRequest.newBuilder(uri("/public/appeals/new")).GET());
        var csrf = CSRF.matcher(form.body());
        var key = KEY.matcher(form.body());
        if (form.status() != 200 || !csrf.find() || !key.find()) {
            throw new IllegalStateException("the public form did not render: " + form.status());
        }
        this.token = csrf.group(1);
        this.submissionKey = key.group(1);
    }

    /** The same browser signed in through the login form (pages of signed-in users, multipart posts). */
    static PublicVisitor signedIn(int port, String username, String password) {
        var browser = new PublicVisitor(port);
        var login = browser.postForm("/login", Map.of("username", username, "password", password));
        if (login.status() != 302 || login.header("Location").contains("error")) {
            throw new IllegalStateException("login failed for " + username);
        }
        browser.token = browser.csrfOf("/appeals/new");
        return browser;
    }

    /** The CSRF token rendered into the page at this path. */
    String csrfOf(String path) {
        var matcher = CSRF.matcher(get(path).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return matcher.group(1);
    }

    /** Asks for a one-time code as the form's "获取验证码" button does. */
    Api.Response requestCode(String mobile, String purpose) {
        return postJson("/api/v1/public/verification-codes", Api.json(Map.of("mobile", mobile, "purpose", purpose)), null);
    }

    Api.Response postJson(String path, String json, String idempotencyKey) {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    /** Posts a multipart form as the browser does; adds the CSRF field. */
    Api.Response postForm(String path, Multipart form) {
        form.field("_csrf", token);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", form.contentType()).POST(form.publisher()));
    }

    /** Posts a url-encoded form (the status look-up); adds the CSRF field. */
    Api.Response postForm(String path, Map<String, String> fields) {
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        var body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Api.Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private Api.Response send(HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        builder.header("Accept-Language", "zh-CN");
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (var header : response.headers().allValues("Set-Cookie")) {
                var pair = header.split(";", 2)[0];
                var eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
