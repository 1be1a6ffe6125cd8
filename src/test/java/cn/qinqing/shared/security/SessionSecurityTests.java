package cn.qinqing.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Form login and the session: fixation, cookie flags, CSRF, uniform failures, roles reloaded per request. */
@IntegrationTest
class SessionSecurityTests {

    private static final String SESSION = "QQSESSION";

    @Autowired
    TestAccounts accounts;

    @Test
    void loggingInIssuesANewSessionIdInAnHttpOnlySameSiteCookie() {
        var name = accounts.create("fixation", Role.STAFF);
        var web = WebSession.open(accounts.port());
        web.get("/login");
        var before = web.cookie(SESSION);
        assertThat(before).as("the login form's CSRF token lives in a session").isNotNull();
        var login = web.login(name, TestAccounts.PASSWORD);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/");
        assertThat(web.cookie(SESSION)).isNotNull().isNotEqualTo(before);
        var cookie = login.setCookies().stream().filter(c -> c.startsWith(SESSION + "=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(web.get("/").status()).isEqualTo(200);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        var name = accounts.create("csrf", Role.STAFF);
        var web = WebSession.open(accounts.port());
        web.login(name, TestAccounts.PASSWORD);
        var forged = web.postForm("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD,
                "newPassword", "Forged#2026abc", "confirmPassword", "Forged#2026abc"));
        assertThat(forged.status()).isEqualTo(403);
        var wrongToken = web.postForm("/account/password", Map.of("_csrf", "not-the-token",
                "currentPassword", TestAccounts.PASSWORD, "newPassword", "Forged#2026abc", "confirmPassword", "Forged#2026abc"));
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).as("the password is unchanged").isEqualTo(200);
        var anonymousLogin = WebSession.open(accounts.port()).postForm("/login",
                Map.of("username", name, "password", TestAccounts.PASSWORD));
        assertThat(anonymousLogin.status()).isEqualTo(403);
    }

    @Test
    void aRevokedRoleIsRefusedOnTheNextRequestOfTheSameSession() {
        var name = accounts.create("session", Role.STAFF);
        var web = WebSession.open(accounts.port());
        assertThat(web.login(name, TestAccounts.PASSWORD).status()).isEqualTo(302);
        assertThat(web.get("/api/v1/organisation").status()).isEqualTo(200);
        var session = web.cookie(SESSION);
        assertThat(accounts.secadmin().put("/api/v1/users/" + name + "/roles", "{\"roles\":[]}").status()).isEqualTo(200);
        var next = web.get("/api/v1/organisation");
        assertThat(web.cookie(SESSION)).isEqualTo(session);
        assertThat(next.status()).isEqualTo(403);
    }

    @Test
    void aDisabledAccountLosesItsSessionAtTheNextRequest() {
        var name = accounts.create("sessoff", Role.STAFF);
        var web = WebSession.open(accounts.port());
        web.login(name, TestAccounts.PASSWORD);
        assertThat(web.get("/api/v1/organisation").status()).isEqualTo(200);
        accounts.sysadmin().put("/api/v1/users/" + name + "/enabled", "{\"enabled\":false}");
        assertThat(web.get("/api/v1/organisation").status()).isEqualTo(401);
        assertThat(web.get("/").status()).isEqualTo(302);
    }

    @Test
    void theLoginPageSaysTheSameForAnUnknownUserAWrongPasswordAndALockedAccount() {
        var known = accounts.create("loginmsg", Role.STAFF);
        var locked = accounts.create("loginlock", Role.STAFF);
        for (int i = 0; i < 5; i++) {
            WebSession.open(accounts.port()).login(locked, "Wrong#2026xyz");
        }
        var unknown = answer("nobody-" + known, TestAccounts.PASSWORD);
        var wrongPassword = answer(known, "Wrong#2026xyz");
        var lockedAccount = answer(locked, TestAccounts.PASSWORD);
        assertThat(unknown).contains("用户名或密码错误，或账号已被锁定");
        assertThat(wrongPassword).isEqualTo(unknown);
        assertThat(lockedAccount).isEqualTo(unknown);
    }

    /** Where a failed login leads and what that page says, CSRF token left out. */
    private String answer(String username, String password) {
        var web = WebSession.open(accounts.port());
        var login = web.login(username, password);
        assertThat(login.status()).isEqualTo(302);
        var page = web.get(login.location().replaceFirst("^https?://[^/]+", ""));
        return login.location().replaceFirst("^https?://[^/]+", "") + "\n"
                + page.body().replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "");
    }
}
