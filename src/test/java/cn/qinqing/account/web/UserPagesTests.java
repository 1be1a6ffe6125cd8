package cn.qinqing.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class UserPagesTests {

    @Autowired
    TestAccounts accounts;

    private WebSession as(String username) {
        accounts.adminsReady();
        var web = WebSession.open(accounts.port());
        assertThat(web.login(username, TestAccounts.PASSWORD).status()).isEqualTo(302);
        return web;
    }

    @Test
    void theSystemAdministratorSeesTheListAndAccountActionsButNoRolesForm() {
        var name = accounts.create("pagesys", Role.STAFF);
        var web = as(TestAccounts.SYSADMIN);
        var list = web.get("/users?name=" + name);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("用户管理").contains("href=\"/users/new\"").contains(name).contains("机关干部");
        var detail = web.get("/users/" + name).body();
        assertThat(detail).contains("重置密码").contains("停用账号").doesNotContain("id=\"roles-form\"");
        assertThat(web.get("/users/nobody-at-all").status()).isEqualTo(404);
    }

    @Test
    void theSecurityAdministratorSeesTheListReadOnlyAndTheRolesForm() {
        var name = accounts.create("pagesec", Role.STAFF);
        var web = as(TestAccounts.SECADMIN);
        var list = web.get("/users?role=STAFF&name=" + name).body();
        assertThat(list).contains(name).doesNotContain("href=\"/users/new\"");
        var detail = web.get("/users/" + name).body();
        assertThat(detail).contains("id=\"roles-form\"").doesNotContain("重置密码").doesNotContain("停用账号");
        assertThat(web.get("/users/new").status()).isEqualTo(403);

        var token = web.csrf("/users/" + name);
        var saved = web.postForm("/users/" + name + "/roles", "_csrf", token, "roles", "STAFF", "roles", "LEADER",
                "chamberId", "", "memberId", "", "departmentId", "");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/users/" + name);
        assertThat(web.get("/users/" + name).body()).contains("角色已保存").contains("领导");

        var mixed = web.postForm("/users/" + name + "/roles", "_csrf", token, "roles", "SYSTEM_ADMIN", "roles", "STAFF",
                "chamberId", "abc", "memberId", "", "departmentId", "");
        assertThat(mixed.status()).isEqualTo(200);
        assertThat(mixed.body()).contains("编号必须是正整数").contains("value=\"abc\"");
        var separated = web.postForm("/users/" + name + "/roles", "_csrf", token, "roles", "SYSTEM_ADMIN", "roles", "STAFF");
        assertThat(separated.body()).contains("三员分立：系统管理员、安全管理员、安全审计员三种角色互相排斥");
        assertThat(accounts.sysadmin().get("/api/v1/users/" + name).json().get("roles").toString())
                .isEqualTo("[\"STAFF\",\"LEADER\"]");
    }

    @Test
    void theSystemAdministratorCreatesAUserThroughTheFormWhichKeepsWhatWasTyped() {
        var web = as(TestAccounts.SYSADMIN);
        var name = TestAccounts.uniqueName("pagenew");
        var token = web.csrf("/users/new");
        var refused = web.postForm("/users", "_csrf", token, "username", name, "displayName", "赵六", "password", "123456");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("密码至少需要 8 个字符").contains("value=\"" + name + "\"").contains("value=\"赵六\"");
        var created = web.postForm("/users", "_csrf", token, "username", name, "displayName", "赵六",
                "password", "Start#2026abc");
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).endsWith("/users/" + name);
        assertThat(web.get("/users/" + name).body()).contains("赵六").contains("须修改密码");
    }

    @Test
    void theSystemAdministratorDisablesUnlocksAndIsToldWhatItMayNotDo() {
        var name = accounts.create("pageoff", Role.STAFF);
        var web = as(TestAccounts.SYSADMIN);
        var token = web.csrf("/users/" + name);
        assertThat(web.postForm("/users/" + name + "/enabled", "_csrf", token, "enabled", "false").status()).isEqualTo(302);
        assertThat(web.get("/users?status=DISABLED&name=" + name).body()).contains(name);
        var self = web.postForm("/users/sysadmin/enabled", "_csrf", token, "enabled", "false");
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.body()).contains("不能停用自己的账号");
        assertThat(web.postForm("/users/" + name + "/unlock", "_csrf", token).status()).isEqualTo(302);
        var reset = web.postForm("/users/" + name + "/password-reset", "_csrf", token, "password", "Start#2026abc",
                "confirmPassword", "Start#2026abd");
        assertThat(reset.body()).contains("两次输入的新密码不一致");
    }

    @Test
    void theAuditorAndBusinessRolesHaveNoUserPages() {
        assertThat(as(TestAccounts.AUDITADMIN).get("/users").status()).isEqualTo(403);
        var staff = WebSession.open(accounts.port());
        staff.login(accounts.create("pagebiz", Role.STAFF), TestAccounts.PASSWORD);
        assertThat(staff.get("/users").status()).isEqualTo(403);
        assertThat(staff.get("/").body()).doesNotContain("href=\"/users\"");
    }
}
