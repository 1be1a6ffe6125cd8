package cn.qinqing.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/public/verification-codes} works without an account, like the public /apply page:
 * with the session's CSRF token, refused without it; limits answer 429 in Chinese.
 */
class OneTimeCodeApiTests extends NotificationTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A visitor's browser: the session cookie and CSRF token a public page handed out. */
    private record Visitor(String cookie, String token) {
    }

    @Test
    void aVisitorWithThePagesTokenGetsACodeAndMustWaitForTheNext() {
        var visitor = visit();
        var mobile = uniqueMobile();

        var sent = post(visitor, Map.of("mobile", mobile, "purpose", "appeal"));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("mobile").asString()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(sent.json().get("expiresInSeconds").asLong()).isBetween(295L, 300L);
        assertThat(sent.json().get("resendAfterSeconds").asLong()).isBetween(55L, 60L);
        assertThat(sms.to(mobile)).hasSize(1);

        var again = post(visitor, Map.of("mobile", mobile, "purpose", "appeal"));
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asString()).matches("请\\d+秒后再获取验证码");
        assertThat(Integer.parseInt(again.header("Retry-After"))).isBetween(1, 60);
        assertThat(sms.to(mobile)).hasSize(1);
    }

    @Test
    void withoutTheCsrfTokenNoCodeIsSent() {
        var mobile = uniqueMobile();
        var response = Api.anonymous(accounts.port()).post("/api/v1/public/verification-codes",
                Api.json(Map.of("mobile", mobile, "purpose", "appeal")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(sms.to(mobile)).isEmpty();
    }

    @Test
    void aMalformedMobileIsRefusedWithAChineseMessage() {
        var response = post(visit(), Map.of("mobile", "1281234567x", "purpose", "appeal"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("mobile");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("11 位手机号码");
    }

    private Visitor visit() {
        var page = Api.anonymous(accounts.port()).get("/apply");
        assertThat(page.status()).isEqualTo(200);
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the public page carries a CSRF token").isTrue();
        var cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("QQSESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        return new Visitor(cookie, matcher.group(1));
    }

    private Api.Response post(Visitor visitor, Map<String, String> body) {
        var api = Api.anonymous(accounts.port());
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/public/verification-codes"))
                .header("Content-Type", "application/json")
                .header("Cookie", visitor.cookie())
                .header("X-CSRF-TOKEN", visitor.token())
                .POST(HttpRequest.BodyPublishers.ofString(Api.json(body))));
    }
}
