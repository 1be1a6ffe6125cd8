package cn.qinqing.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ChamberDeletionTests {

    @Autowired
    TestAccounts accounts;

    @Test
    void aChamberAnAccountStillActsForCannotBeDeletedAndSaysWhy() {
        var staff = accounts.api(accounts.create("delstaff", Role.STAFF));
        var created = staff.post("/api/v1/chambers",
                Api.json(ChamberApiTests.chamber("删除测试商会" + ChamberTestData.unique(), ChamberTestData.creditCode())));
        var id = created.json().get("id").asLong();
        accounts.createBound("delsec", new RoleGrant(Role.CHAMBER_SECRETARY, id, null, null));

        var refused = staff.delete("/api/v1/chambers/" + id);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("不能删除");
        assertThat(staff.get("/api/v1/chambers/" + id).status()).isEqualTo(200);
    }

    @Test
    void aChamberNothingRefersToIsDeleted() {
        var staff = accounts.api(accounts.create("delstaff", Role.STAFF));
        var created = staff.post("/api/v1/chambers",
                Api.json(ChamberApiTests.chamber("可删商会" + ChamberTestData.unique(), ChamberTestData.creditCode())));
        var id = created.json().get("id").asLong();

        assertThat(staff.delete("/api/v1/chambers/" + id).status()).isIn(200, 204);
        assertThat(staff.get("/api/v1/chambers/" + id).status()).isEqualTo(404);
    }
}
