package cn.qinqing.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 三员分立: each administrator is refused everything outside its own duty, with a problem+json 403. */
@IntegrationTest
class RoleSeparationTests {

    @Autowired
    TestAccounts accounts;

    private String newUser() {
        return Api.json(Map.of("username", TestAccounts.uniqueName("sep"), "displayName", "分立", "password", "Start#2026abc"));
    }

    @Test
    void theSystemAdministratorCannotGrantRolesNorReadTheAuditTrail() {
        var target = accounts.create("sepsys", Role.STAFF);
        var sysadmin = accounts.sysadmin();
        forbidden(sysadmin.put("/api/v1/users/" + target + "/roles", "{\"roles\":[\"LEADER\"]}"));
        forbidden(sysadmin.get("/api/v1/audit/records"));
        forbidden(sysadmin.get("/api/v1/audit/verification"));
        assertThat(sysadmin.get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void theSecurityAdministratorCannotManageAccountsNorReadTheAuditTrailNorBusinessData() {
        var target = accounts.create("sepsec", Role.STAFF);
        var secadmin = accounts.secadmin();
        forbidden(secadmin.post("/api/v1/users", newUser()));
        forbidden(secadmin.post("/api/v1/users/" + target + "/unlock", ""));
        forbidden(secadmin.put("/api/v1/users/" + target + "/enabled", "{\"enabled\":false}"));
        forbidden(secadmin.post("/api/v1/users/" + target + "/password-reset", "{\"password\":\"Start#2026abc\"}"));
        forbidden(secadmin.get("/api/v1/audit/records"));
        forbidden(secadmin.get("/api/v1/audit/verification"));
        forbidden(secadmin.get("/api/v1/organisation"));
        // Once the chamber module is merged this answers 403 like the rest; it must never show chambers.
        assertThat(secadmin.get("/api/v1/chambers").status()).isIn(403, 404);
        assertThat(secadmin.get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void theSecurityAuditorCannotManageAccountsNorGrantRoles() {
        var target = accounts.create("sepaud", Role.STAFF);
        var auditadmin = accounts.auditadmin();
        forbidden(auditadmin.post("/api/v1/users", newUser()));
        forbidden(auditadmin.put("/api/v1/users/" + target + "/roles", "{\"roles\":[\"LEADER\"]}"));
        forbidden(auditadmin.get("/api/v1/users"));
        forbidden(auditadmin.get("/api/v1/users/" + target));
        forbidden(auditadmin.get("/api/v1/organisation"));
        assertThat(auditadmin.get("/api/v1/audit/records").status()).isEqualTo(200);
    }

    @Test
    void businessRolesReachNoAdministrationAtAll() {
        var staff = accounts.api(accounts.create("sepbiz", Role.STAFF, Role.LEADER));
        forbidden(staff.get("/api/v1/users"));
        forbidden(staff.post("/api/v1/users", newUser()));
        forbidden(staff.put("/api/v1/users/sysadmin/roles", "{\"roles\":[]}"));
        forbidden(staff.get("/api/v1/audit/records"));
        forbidden(staff.get("/api/v1/audit/verification"));
    }

    private static void forbidden(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isEqualTo("您没有执行此操作的权限");
    }
}
