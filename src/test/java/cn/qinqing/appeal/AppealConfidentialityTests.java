package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.caseBody;
import static cn.qinqing.appeal.AppealFixture.file;
import static cn.qinqing.appeal.AppealFixture.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.organisation.Federations;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who sees a case (诉求保密): anyone else gets 404, as if the case did not exist. */
@IntegrationTest
class AppealConfidentialityTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    AppealFixture fx;

    @BeforeEach
    void setUp() {
        fx = new AppealFixture(accounts, jdbc, federations);
    }

    static void hidden(Api api, long id) {
        assertThat(api.get("/api/v1/appeals/" + id).status()).as("case").isEqualTo(404);
        assertThat(api.get("/api/v1/appeals/" + id + "/history").status()).as("history").isEqualTo(404);
    }

    static List<Long> listed(Api api) {
        var ids = new ArrayList<Long>();
        api.get("/api/v1/appeals?size=100").json().get("content").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    @Test
    void aMemberSeesOnlyItsOwnCasesAndAnotherFirmsCaseIs404() {
        var own = fx.memberAccount(fx.member("甲企业"));
        var other = fx.memberAccount(fx.member("乙企业"));
        var id = file(own, caseBody("COMPLAINT", "CONTRACT", "合同违约"));
        step(fx.staff, id, "accept", Map.of());
        step(fx.staff, id, "handle", Map.of());
        step(fx.staff, id, "resolve", Map.of("reply", "已调解"));

        assertThat(own.get("/api/v1/appeals/" + id).status()).isEqualTo(200);
        hidden(other, id);
        assertThat(other.post("/api/v1/appeals/" + id + "/rate", Api.json(Map.of("rating", "SATISFIED"))).status())
                .isEqualTo(404);
        assertThat(listed(own)).contains(id);
        assertThat(listed(other)).doesNotContain(id);
    }

    @Test
    void aLiaisonSeesOnlyCasesTransferredToItsDepartment() {
        var mine = fx.department("区公安分局");
        var theirs = fx.department("区法院");
        var liaison = fx.liaison(mine);
        var otherLiaison = fx.liaison(theirs);
        var id = file(fx.memberAccount(fx.member("丙企业")), caseBody("COORDINATION", "ADMIN_ENFORCEMENT", "执法不规范"));
        step(fx.staff, id, "accept", Map.of());

        hidden(liaison, id);
        step(fx.staff, id, "transfer", Map.of("departmentId", mine));

        assertThat(liaison.get("/api/v1/appeals/" + id).status()).isEqualTo(200);
        assertThat(listed(liaison)).containsExactly(id);
        hidden(otherLiaison, id);
        assertThat(otherLiaison.post("/api/v1/appeals/" + id + "/resolve", Api.json(Map.of("reply", "x"))).status())
                .isEqualTo(404);
        assertThat(otherLiaison.post("/api/v1/appeals/" + id + "/notes", Api.json(Map.of("note", "x"))).status())
                .isEqualTo(404);

        step(fx.staff, id, "handle", Map.of("note", "收回机关办理"));
        hidden(liaison, id);
    }

    @Test
    void aChamberSecretarySeesAMembersCaseOnlyWhenTheSubmitterAllowedItsChamber() {
        var chamber = fx.chamber("石油业商会");
        var otherChamber = fx.chamber("餐饮业商会");
        var member = fx.memberAccount(fx.member("丁企业", chamber));
        var secretary = fx.secretary(chamber);
        var otherSecretary = fx.secretary(otherChamber);
        var shared = caseBody("REPORT", "POLICY", "向商会公开的诉求");
        shared.put("chamberVisible", true);
        var sharedId = file(member, shared);
        var privateId = file(member, caseBody("REPORT", "POLICY", "不公开的诉求"));

        assertThat(secretary.get("/api/v1/appeals/" + sharedId).status()).isEqualTo(200);
        assertThat(secretary.get("/api/v1/appeals/" + sharedId).json().get("chamberId").asLong()).isEqualTo(chamber);
        hidden(secretary, privateId);
        hidden(otherSecretary, sharedId);
        assertThat(listed(secretary)).containsExactly(sharedId);

        var elsewhere = caseBody("REPORT", "POLICY", "选错商会");
        elsewhere.put("chamberVisible", true);
        elsewhere.put("chamberId", otherChamber);
        var refused = member.post("/api/v1/appeals", Api.json(elsewhere));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("chamberId");
    }

    @Test
    void staffSeeTheirFederationsCasesAndStaffOfAnotherFederationGet404() {
        var id = file(fx.memberAccount(fx.member("戊企业")), caseBody("CONSULTATION", "POLICY", "税收优惠咨询"));
        var outsider = fx.staffOfAnotherFederation();

        assertThat(fx.staff.get("/api/v1/appeals/" + id).status()).isEqualTo(200);
        hidden(outsider, id);
        assertThat(outsider.post("/api/v1/appeals/" + id + "/accept", "{}").status()).isEqualTo(404);
        assertThat(listed(outsider)).doesNotContain(id);
    }

    @Test
    void administratorsSeeNoCasesAtAll() {
        var id = file(fx.memberAccount(fx.member("己企业")), caseBody("COMPLAINT", "LABOUR", "劳动争议"));

        for (var admin : List.of(accounts.sysadmin(), accounts.secadmin(), accounts.auditadmin())) {
            assertThat(admin.get("/api/v1/appeals/" + id).status()).isEqualTo(403);
            assertThat(admin.get("/api/v1/appeals").status()).isEqualTo(403);
            assertThat(admin.get("/api/v1/appeals/categories").status()).isEqualTo(403);
        }
    }

    @Test
    void everyStaffReadIsAuditedButAMemberReadingItsOwnCaseIsNot() {
        var member = fx.memberAccount(fx.member("庚企业"));
        var id = file(member, caseBody("COMPLAINT", "INTELLECTUAL_PROPERTY", "商标被仿冒"));

        member.get("/api/v1/appeals/" + id);
        fx.staff.get("/api/v1/appeals/" + id);
        fx.staff.get("/api/v1/appeals/" + id);

        var reads = jdbc.sql("select username from audit_record where action = 'APPEAL_READ' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).list();
        assertThat(reads).containsExactly(fx.staffName, fx.staffName);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'APPEAL_SUBMIT' and object_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }
}
