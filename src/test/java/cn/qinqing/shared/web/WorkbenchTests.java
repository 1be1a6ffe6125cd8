package cn.qinqing.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class WorkbenchTests {

    @Autowired
    TestAccounts accounts;

    @Test
    void staffSeeTheOrganisationCardButNoAccountCard() {
        var page = accounts.api(accounts.create("wbstaff", Role.STAFF)).get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("组织建设", "“五有”全部达标的商会", "党员人数").doesNotContain("被锁定的账号");
    }

    @Test
    void theSystemAdministratorSeesTheAccountCardButNoBusinessFigures() {
        var page = accounts.sysadmin().get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("账号管理", "被锁定的账号", "尚未修改一次性密码").doesNotContain("党员人数");
    }

    @Test
    void theAuditorSeesNeitherCard() {
        var page = accounts.auditadmin().get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("被锁定的账号").doesNotContain("党员人数");
    }
}
