package cn.qinqing.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UserAdministrationApiTests {

    private static final String ONE_TIME = "Start#2026abc";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSystemAdministratorCreatesAnAccountWithAOneTimePasswordAndNoRoles() {
        var name = TestAccounts.uniqueName("zhang");
        var created = accounts.sysadmin().post("/api/v1/users",
                Api.json(Map.of("username", name, "displayName", "张三", "password", ONE_TIME)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("username").asString()).isEqualTo(name);
        assertThat(created.json().get("displayName").asString()).isEqualTo("张三");
        assertThat(created.json().get("roles").isArray()).isTrue();
        assertThat(created.json().get("roles").size()).isZero();
        assertThat(created.json().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("\"password").doesNotContain("passwordHash").doesNotContain("pbkdf2")
                .doesNotContain(ONE_TIME);

        var asNewUser = Api.as(accounts.port(), name, ONE_TIME).get("/api/v1/users/" + name);
        assertThat(asNewUser.status()).isEqualTo(403);
        assertThat(asNewUser.json().get("detail").asString()).contains("一次性密码");
        var audited = jdbc.sql("select count(*) from audit_record where action = 'ACCOUNT_CREATE' and object_id = ? and username = 'sysadmin'")
                .param(name).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aNewAccountJoinsAFederationBelowTheAdministratorsButNotAboveIt() {
        var province = jdbc.sql("select id from federation where region_code = '370000'").query(Long.class).single();
        var refused = accounts.sysadmin().post("/api/v1/users", Api.json(Map.of("username", TestAccounts.uniqueName("li"),
                "displayName", "李四", "password", ONE_TIME, "federationId", province)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("federationId");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("管理范围");
    }

    @Test
    void badInputIsRefusedWithAChineseMessageAndNothingIsCreated() {
        var name = TestAccounts.uniqueName("wang");
        var common = accounts.sysadmin().post("/api/v1/users",
                Api.json(Map.of("username", name, "displayName", "王五", "password", "P@ssw0rd")));
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.json().get("errors").get(0).get("message").asString()).isEqualTo("该密码过于常见，请换一个");
        var badName = accounts.sysadmin().post("/api/v1/users",
                Api.json(Map.of("username", "9" + name, "displayName", "王五", "password", ONE_TIME)));
        assertThat(badName.status()).isEqualTo(400);
        var tooLong = accounts.sysadmin().post("/api/v1/users",
                Api.json(Map.of("username", name, "displayName", "王".repeat(51), "password", ONE_TIME)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(accounts.sysadmin().get("/api/v1/users/" + name).status()).isEqualTo(404);
        var taken = accounts.create("taken", Role.STAFF);
        var duplicate = accounts.sysadmin().post("/api/v1/users",
                Api.json(Map.of("username", taken, "displayName", "重名", "password", ONE_TIME)));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("message").asString()).isEqualTo("该用户名已被使用");
    }

    @Test
    void theListIsPagedAndFiltersByNameRoleAndStatus() {
        var leader = accounts.create("filterlead", Role.LEADER);
        var staff = accounts.create("filterstaff", Role.STAFF);
        accounts.sysadmin().put("/api/v1/users/" + staff + "/enabled", "{\"enabled\":false}");

        var page = accounts.sysadmin().get("/api/v1/users?name=filter&size=1&page=0");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("content").size()).isEqualTo(1);
        assertThat(page.json().get("page").get("size").asInt()).isEqualTo(1);
        assertThat(page.json().get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.json().get("page").get("totalPages").asInt()).isGreaterThanOrEqualTo(2);

        var byRole = accounts.sysadmin().get("/api/v1/users?role=LEADER&size=100").body();
        assertThat(byRole).contains(leader).doesNotContain(staff);
        var disabled = accounts.sysadmin().get("/api/v1/users?status=DISABLED&size=100").body();
        assertThat(disabled).contains(staff).doesNotContain(leader);
        var byName = accounts.secadmin().get("/api/v1/users?name=" + leader).json();
        assertThat(byName.get("content").size()).isEqualTo(1);
        assertThat(byName.get("content").get(0).get("roles").get(0).asString()).isEqualTo("LEADER");
        assertThat(accounts.sysadmin().get("/api/v1/users?size=101").status()).isEqualTo(400);
        assertThat(accounts.sysadmin().get("/api/v1/users?role=GOD").status()).isEqualTo(400);
        assertThat(accounts.sysadmin().get("/api/v1/users?status=HAPPY").status()).isEqualTo(400);
    }

    @Test
    void unknownUsernamesAnswer404() {
        assertThat(accounts.sysadmin().get("/api/v1/users/nobody-here").status()).isEqualTo(404);
        assertThat(accounts.sysadmin().post("/api/v1/users/nobody-here/unlock", "").status()).isEqualTo(404);
        assertThat(accounts.sysadmin().put("/api/v1/users/nobody-here/enabled", "{\"enabled\":false}").status()).isEqualTo(404);
        assertThat(accounts.sysadmin().post("/api/v1/users/nobody-here/password-reset", "{\"password\":\"" + ONE_TIME + "\"}")
                .status()).isEqualTo(404);
        assertThat(accounts.secadmin().put("/api/v1/users/nobody-here/roles", "{\"roles\":[]}").status()).isEqualTo(404);
    }

    @Test
    void aResetPasswordFollowsThePolicyAndMustBeChangedAtTheNextLogin() {
        var name = accounts.create("reset", Role.STAFF);
        var weak = accounts.sysadmin().post("/api/v1/users/" + name + "/password-reset", "{\"password\":\"abcdefgh\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(200);

        var reset = accounts.sysadmin().post("/api/v1/users/" + name + "/password-reset", "{\"password\":\"" + ONE_TIME + "\"}");
        assertThat(reset.status()).isEqualTo(204);
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(401);
        var withNew = Api.as(accounts.port(), name, ONE_TIME);
        assertThat(withNew.get("/api/v1/organisation").status()).isEqualTo(403);
        assertThat(withNew.post("/api/v1/account/password", Api.json(Map.of("currentPassword", ONE_TIME,
                "newPassword", TestAccounts.PASSWORD))).status()).isEqualTo(204);
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(200);
    }

    @Test
    void administratorsCannotDisableThemselvesOrTheBuiltInAdministrators() {
        var self = accounts.sysadmin().put("/api/v1/users/sysadmin/enabled", "{\"enabled\":false}");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("detail").asString()).isEqualTo("不能停用自己的账号");
        for (var builtIn : new String[] {"secadmin", "auditadmin"}) {
            var refused = accounts.sysadmin().put("/api/v1/users/" + builtIn + "/enabled", "{\"enabled\":false}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).isEqualTo("内置管理员账号不能停用");
        }
        assertThat(accounts.secadmin().get("/api/v1/users/secadmin").json().get("enabled").asBoolean()).isTrue();
        var failures = jdbc.sql("select count(*) from audit_record where action = 'ACCOUNT_DISABLE' and result = 'FAILURE' and object_id = 'sysadmin'")
                .query(Long.class).single();
        assertThat(failures).isPositive();
    }

    @Test
    void theSystemAdministratorCannotTakeOverTheOtherAdministratorsByResettingTheirPasswords() {
        for (var other : new String[] {"secadmin", "auditadmin"}) {
            var refused = accounts.sysadmin().post("/api/v1/users/" + other + "/password-reset",
                    "{\"password\":\"" + ONE_TIME + "\"}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).contains("三员分立");
        }
        assertThat(accounts.sysadmin().post("/api/v1/users/sysadmin/password-reset", "{\"password\":\"" + ONE_TIME + "\"}")
                .status()).isEqualTo(409);
        assertThat(accounts.secadmin().get("/api/v1/users/secadmin").status()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceAndWorksAgainWhenEnabled() {
        var name = accounts.create("disable", Role.STAFF);
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(200);
        assertThat(accounts.sysadmin().put("/api/v1/users/" + name + "/enabled", "{\"enabled\":false}").status()).isEqualTo(204);
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(401);
        var view = accounts.sysadmin().get("/api/v1/users/" + name).json();
        assertThat(view.get("enabled").asBoolean()).isFalse();
        assertThat(accounts.sysadmin().put("/api/v1/users/" + name + "/enabled", "{\"enabled\":true}").status()).isEqualTo(204);
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(200);
        assertThat(accounts.sysadmin().put("/api/v1/users/" + name + "/enabled", "{}").status()).isEqualTo(400);
    }

    @Test
    void timesAreShownInChinaTime() {
        var name = accounts.create("times", Role.STAFF);
        accounts.api(name).get("/api/v1/organisation");
        var view = accounts.sysadmin().get("/api/v1/users/" + name).json();
        assertThat(view.get("createdAt").asString()).endsWith("+08:00");
        assertThat(view.get("lastLoginAt").asString()).endsWith("+08:00");
    }
}
