package cn.qinqing.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The built-in administrators start with a one-time password and can do nothing else until they
 * change it. Other tests may already have readied them, so each test first puts them back into the
 * state the bootstrap leaves (hash of the bootstrap password, change pending) and readies them after.
 */
@IntegrationTest
class BootstrapAdministratorTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void ready() {
        accounts.adminsReady();
    }

    @Test
    void theBootstrapCreatedTheAdministratorsWithAOneTimePassword() {
        var created = jdbc.sql("""
                select count(*) from audit_record where action = 'ACCOUNT_CREATE' and detail = 'bootstrap'
                   and object_id in ('sysadmin', 'secadmin', 'auditadmin')""").query(Long.class).single();
        assertThat(created).isEqualTo(3);
    }

    @Test
    void eachAdministratorMustChangeTheOneTimePasswordBeforeAnythingElse() {
        var duties = Map.of(TestAccounts.SYSADMIN, "/api/v1/users", TestAccounts.SECADMIN, "/api/v1/users",
                TestAccounts.AUDITADMIN, "/api/v1/audit/verification");
        for (var admin : TestAccounts.ADMINS) {
            backToBootstrap(admin);
            var api = Api.as(accounts.port(), admin, TestAccounts.BOOTSTRAP_PASSWORD);
            for (var path : new String[] {duties.get(admin), "/api/v1/organisation", "/api/v1/users/sysadmin",
                    "/api/v1/audit/records"}) {
                var refused = api.get(path);
                assertThat(refused.status()).as(admin + " " + path).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.json().get("detail").asString()).isEqualTo("请先修改一次性密码，然后再进行其他操作");
            }
            var change = api.post("/api/v1/account/password", Api.json(Map.of(
                    "currentPassword", TestAccounts.BOOTSTRAP_PASSWORD, "newPassword", TestAccounts.PASSWORD)));
            assertThat(change.status()).as(admin).isEqualTo(204);
            var changed = Api.as(accounts.port(), admin, TestAccounts.PASSWORD);
            assertThat(changed.get(duties.get(admin)).status()).as(admin).isEqualTo(200);
            assertThat(api.get(duties.get(admin)).status()).as("old password of " + admin).isEqualTo(401);
        }
    }

    @Test
    void theOneTimePasswordCannotBeKeptNorReplacedByAWeakOne() {
        backToBootstrap(TestAccounts.SYSADMIN);
        var api = Api.as(accounts.port(), TestAccounts.SYSADMIN, TestAccounts.BOOTSTRAP_PASSWORD);
        var same = api.post("/api/v1/account/password", Api.json(Map.of(
                "currentPassword", TestAccounts.BOOTSTRAP_PASSWORD, "newPassword", TestAccounts.BOOTSTRAP_PASSWORD)));
        assertThat(same.status()).isEqualTo(400);
        var weak = api.post("/api/v1/account/password", Api.json(Map.of(
                "currentPassword", TestAccounts.BOOTSTRAP_PASSWORD, "newPassword", "Sysadmin#2026")));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("message").asString()).isEqualTo("密码不能包含用户名");
        var wrongCurrent = api.post("/api/v1/account/password", Api.json(Map.of(
                "currentPassword", "Wrong#2026xyz", "newPassword", TestAccounts.PASSWORD)));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/users").status()).isEqualTo(403);
        var failure = jdbc.sql("""
                select count(*) from audit_record where action = 'PASSWORD_CHANGE' and result = 'FAILURE'
                   and object_id = 'sysadmin'""").query(Long.class).single();
        assertThat(failure).as("a refused password change is audited").isPositive();
    }

    private void backToBootstrap(String admin) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = true where username = ?")
                .params(encoder.encode(TestAccounts.BOOTSTRAP_PASSWORD), admin).update();
    }
}
