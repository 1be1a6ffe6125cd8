package cn.qinqing.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.TestAccounts.TestAccount;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every response tells the browser about safety, and how refusals read: problem+json in
 * Chinese under {@code /api}, a Chinese page without internals everywhere else.
 */
@IntegrationTest
class SecurityHeadersTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    JdbcClient jdbc;

    private TestAccount staff;

    @BeforeEach
    void createAccount() {
        staff = testAccounts.ready("周文", Role.STAFF);
    }

    @Test
    void theLoginPageForbidsFramingSniffingAndForeignScripts() {
        var response = Api.anonymous(port).get("/login");

        assertThat(response.status()).isEqualTo(200);
        var policy = response.header("Content-Security-Policy");
        assertThat(policy).contains("frame-ancestors 'none'", "default-src 'self'", "script-src 'self'",
                "object-src 'none'", "form-action 'self'");
        assertThat(policy).doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Cache-Control")).contains("no-store");
    }

    @Test
    void signedInPagesCarryTheSameHeaders() {
        var response = Api.as(port, staff.username(), staff.password()).get("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anAnonymousApiCallIsRefusedWithAChineseProblem() {
        var response = Api.anonymous(port).get("/api/v1/organisation");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.json().get("detail").asString()).isEqualTo("请先登录（支持 HTTP Basic 或会话认证）");
    }

    @Test
    void anUnknownApiPathIsAChineseProblemNotFound() {
        var response = Api.as(port, staff.username(), staff.password()).get("/api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("detail").asString()).isEqualTo("请求的对象不存在");
        assertThat(response.json().get("title").asString()).isEqualTo("未找到");
        assertThat(response.body()).doesNotContain("static resource", "Exception");
    }

    @Test
    void aWrongMethodOnTheApiIsAChineseProblem() {
        var response = Api.as(port, staff.username(), staff.password()).delete("/api/v1/organisation");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("detail").asString()).isEqualTo("不支持该请求方法");
    }

    @Test
    void unreadableJsonIsAChineseProblem() {
        var response = Api.as(port, staff.username(), staff.password()).post("/api/v1/account/password", "{\"current");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        assertThat(response.json().get("detail").asString()).isEqualTo("请求内容不是有效的 JSON，或字段类型不正确");
    }

    @Test
    void anUnknownPageSendsAnAnonymousVisitorToTheLoginPage() {
        var response = Api.anonymous(port).send(HttpRequest.newBuilder(Api.anonymous(port).uri("/no-such-page"))
                .header("Accept", "text/html").GET());

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void anUnknownPageShowsASignedInUserTheChinese404PageWithoutInternals() {
        var api = Api.as(port, staff.username(), staff.password());
        var response = api.send(HttpRequest.newBuilder(api.uri("/no-such-page")).header("Accept", "text/html").GET());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body()).contains("您要访问的页面不存在", "返回工作台")
                .doesNotContain("Exception", "at cn.qinqing", "Whitelabel", "No static resource");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }
}
