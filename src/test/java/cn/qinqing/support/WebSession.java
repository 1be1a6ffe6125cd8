package cn.qinqing.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for page tests: keeps cookies (the session), follows no redirects
 * (tests look at them), and submits forms with or without the CSRF token:
 * <pre>
 * var web = WebSession.open(port);
 * web.login("sysadmin", TestAccounts.PASSWORD);              // form login, 302 to "/"
 * var page = web.get("/users");
 * web.postForm("/users", Map.of("_csrf", web.csrf("/users/new"), "username", "..."));
 * </pre>
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final int port;

    private WebSession(int port) {
        this.port = port;
    }

    public static WebSession open(int port) {
        return new WebSession(port);
    }

    /** A response with its raw Set-Cookie headers, so tests can check cookie attributes. */
    public record Page(int status, String location, List<String> setCookies, String body) {
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts these fields as an HTML form would; add "_csrf" yourself (see {@link #csrf}). */
    public Page postForm(String path, Map<String, String> fields) {
        return post(path, fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    /** Posts fields given as name, value, name, value... - a name may repeat, like checkboxes. */
    public Page postForm(String path, String... namesAndValues) {
        var body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(enc(namesAndValues[i])).append('=')
                    .append(enc(namesAndValues[i + 1]));
        }
        return post(path, body.toString());
    }

    private Page post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token rendered into the page at this path. */
    public String csrf(String pagePath) {
        var page = get(pagePath);
        var matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + pagePath + " (status " + page.status() + ")");
        }
        return matcher.group(1);
    }

    /** Signs in through the login form; answers the login POST (302 to "/" or to "/login?error"). */
    public Page login(String username, String password) {
        var token = csrf("/login");
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    /** The current value of a cookie, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    private Page send(HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        builder.header("Accept-Language", "zh-CN");
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var setCookies = response.headers().allValues("Set-Cookie");
            for (var header : setCookies) {
                var pair = header.split(";", 2)[0];
                var eq = pair.indexOf('=');
                var name = pair.substring(0, eq).trim();
                var value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    setCookies, response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
