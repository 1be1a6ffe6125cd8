package cn.qinqing.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RoleGrantApiTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecurityAdministratorReplacesRolesAndTheChangeIsAudited() {
        var name = accounts.create("grant", Role.STAFF);
        var granted = accounts.secadmin().put("/api/v1/users/" + name + "/roles", "{\"roles\":[\"LEADER\",\"STAFF\"]}");
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().get("roles").toString()).isEqualTo("[\"STAFF\",\"LEADER\"]");
        var detail = jdbc.sql("""
                select detail from audit_record where action = 'ROLE_GRANT' and object_id = ? and result = 'SUCCESS'
                   and username = 'secadmin'""").param(name).query(String.class).single();
        assertThat(detail).isEqualTo("STAFF -> STAFF,LEADER");
    }

    @Test
    void theAdministratorRolesExcludeEachOtherAndEveryBusinessRole() {
        var name = accounts.create("exclusive", Role.STAFF);
        for (var roles : new String[] {"[\"SYSTEM_ADMIN\",\"STAFF\"]", "[\"SECURITY_ADMIN\",\"AUDIT_ADMIN\"]",
                "[\"AUDIT_ADMIN\",\"LEADER\"]", "[\"SYSTEM_ADMIN\",\"SECURITY_ADMIN\",\"AUDIT_ADMIN\"]"}) {
            var refused = accounts.secadmin().put("/api/v1/users/" + name + "/roles", "{\"roles\":" + roles + "}");
            assertThat(refused.status()).as(roles).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("message").asString()).as(roles).startsWith("三员分立");
        }
        assertThat(accounts.sysadmin().get("/api/v1/users/" + name).json().get("roles").toString()).isEqualTo("[\"STAFF\"]");
        var alone = accounts.secadmin().put("/api/v1/users/" + name + "/roles", "{\"roles\":[\"AUDIT_ADMIN\"]}");
        assertThat(alone.status()).isEqualTo(200);
        assertThat(accounts.api(name).get("/api/v1/audit/verification").status()).isEqualTo(200);
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(403);
    }

    @Test
    void boundRolesNeedExactlyTheirOwnPositiveId() {
        var name = accounts.create("bound", Role.STAFF);
        var secadmin = accounts.secadmin();
        assertThat(field(secadmin.put("/api/v1/users/" + name + "/roles", "{\"roles\":[\"CHAMBER_SECRETARY\"]}")))
                .isEqualTo("chamberId");
        assertThat(field(secadmin.put("/api/v1/users/" + name + "/roles", "{\"roles\":[\"DEPARTMENT_LIAISON\"]}")))
                .isEqualTo("departmentId");
        assertThat(field(secadmin.put("/api/v1/users/" + name + "/roles", "{\"roles\":[\"MEMBER\"],\"memberId\":0}")))
                .isEqualTo("memberId");
        var notNeeded = secadmin.put("/api/v1/users/" + name + "/roles", "{\"roles\":[\"STAFF\"],\"chamberId\":3}");
        assertThat(notNeeded.status()).isEqualTo(400);
        assertThat(notNeeded.json().get("errors").get(0).get("message").asString()).contains("只有商会秘书长");
        var unknown = secadmin.put("/api/v1/users/" + name + "/roles", "{\"roles\":[\"STAFF\",\"SUPERUSER\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("message").asString()).isEqualTo("未知角色：SUPERUSER");
        assertThat(secadmin.put("/api/v1/users/" + name + "/roles", "{}").status()).isEqualTo(400);
        assertThat(accounts.sysadmin().get("/api/v1/users/" + name).json().get("roles").toString()).isEqualTo("[\"STAFF\"]");
    }

    @Test
    void aSecurityAdministratorCannotChangeItsOwnRolesNorThoseOfTheBuiltInAdministrators() {
        var own = accounts.secadmin().put("/api/v1/users/secadmin/roles", "{\"roles\":[\"SECURITY_ADMIN\"]}");
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().get("errors").get(0).get("message").asString()).isEqualTo("不能修改自己的角色");
        var second = accounts.create("secadmin", Role.SECURITY_ADMIN);
        var viaSecond = accounts.api(second).put("/api/v1/users/" + second + "/roles", "{\"roles\":[]}");
        assertThat(viaSecond.status()).isEqualTo(400);
        var builtIn = accounts.secadmin().put("/api/v1/users/auditadmin/roles", "{\"roles\":[]}");
        assertThat(builtIn.status()).isEqualTo(400);
        assertThat(builtIn.json().get("errors").get(0).get("message").asString()).isEqualTo("内置管理员账号的角色不能修改");
        assertThat(accounts.auditadmin().get("/api/v1/audit/verification").status()).isEqualTo(200);
        var refusals = jdbc.sql("select count(*) from audit_record where action = 'ROLE_GRANT' and result = 'FAILURE' and object_id = 'auditadmin'")
                .query(Long.class).single();
        assertThat(refusals).isPositive();
    }

    @Test
    void aRevokedRoleStopsWorkingAtTheNextRequest() {
        var name = accounts.create("revoke", Role.STAFF);
        var staff = accounts.api(name);
        assertThat(staff.get("/api/v1/organisation").status()).isEqualTo(200);
        assertThat(accounts.secadmin().put("/api/v1/users/" + name + "/roles", "{\"roles\":[]}").status()).isEqualTo(200);
        assertThat(staff.get("/api/v1/organisation").status()).isEqualTo(403);
    }

    private static String field(cn.qinqing.support.Api.Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }
}
