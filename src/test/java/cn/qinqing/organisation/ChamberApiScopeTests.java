package cn.qinqing.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Who sees and changes which chamber: data scope, roles, and 404 for what lies outside. */
@IntegrationTest
class ChamberApiScopeTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Federations federations;

    ChamberTestData data;
    String token;
    long chamberA;
    long chamberB;

    @BeforeEach
    void setUp() {
        data = new ChamberTestData(jdbc, encoder, federations);
        token = "范围" + ChamberTestData.unique();
        chamberA = data.chamber(data.home().id(), token + "甲商会");
        chamberB = data.chamber(data.home().id(), token + "乙商会");
    }

    Api as(String username) {
        return Api.as(port, username, ChamberTestData.PASSWORD);
    }

    @Test
    void aChamberSecretarySeesOnlyItsOwnChamber() {
        var secretary = as(data.user("CHAMBER_SECRETARY", chamberA, data.home().id()));

        var list = secretary.get("/api/v1/chambers?q=" + ChamberApiTests.enc(token)).json();
        var everything = secretary.get("/api/v1/chambers?size=100").json();

        assertThat(list.get("content")).hasSize(1);
        assertThat(list.get("content").get(0).get("id").asLong()).isEqualTo(chamberA);
        assertThat(everything.get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(secretary.get("/api/v1/chambers/" + chamberA).status()).isEqualTo(200);
        assertThat(secretary.get("/api/v1/chambers/" + chamberB).status()).isEqualTo(404);
    }

    @Test
    void aChamberSecretaryKeepsItsOwnFiveHasAndAssessmentsButNoOtherChambers() {
        var secretary = as(data.user("CHAMBER_SECRETARY", chamberA, data.home().id()));
        var fiveHas = Api.json(Map.of("items", List.of(Map.of("item", "SIGN", "met", true))));
        var assessment = Api.json(Map.of("year", 2024, "level", "MET", "assessedOn", "2025-01-10"));

        assertThat(secretary.put("/api/v1/chambers/" + chamberA + "/five-has", fiveHas).status()).isEqualTo(200);
        assertThat(secretary.post("/api/v1/chambers/" + chamberA + "/assessments", assessment).status()).isEqualTo(201);
        assertThat(secretary.put("/api/v1/chambers/" + chamberB + "/five-has", fiveHas).status()).isEqualTo(404);
        assertThat(secretary.post("/api/v1/chambers/" + chamberB + "/assessments", assessment).status()).isEqualTo(404);
        var storedForB = jdbc.sql("select count(*) from chamber_five_has where chamber_id = ?").param(chamberB)
                .query(Long.class).single();
        assertThat(storedForB).isZero();
    }

    @Test
    void aChamberSecretaryCannotCreateEditOrDeleteChambers() {
        var secretary = as(data.user("CHAMBER_SECRETARY", chamberA, data.home().id()));
        var body = Api.json(ChamberApiTests.chamber(token + "新商会", ChamberTestData.creditCode()));

        assertThat(secretary.post("/api/v1/chambers", body).status()).isEqualTo(403);
        assertThat(secretary.put("/api/v1/chambers/" + chamberA, body).status()).isEqualTo(403);
        assertThat(secretary.delete("/api/v1/chambers/" + chamberA).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from chamber where id = ?").param(chamberA).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aViceChairWhoIsAlsoASecretaryReadsAllButKeepsOnlyItsOwnChamber() {
        var username = data.user("VICE_CHAIR");
        data.grant(username, "CHAMBER_SECRETARY", chamberA);
        var both = as(username);
        var fiveHas = Api.json(Map.of("items", List.of(Map.of("item", "FUNDS", "met", true))));

        assertThat(both.get("/api/v1/chambers/" + chamberB).status()).isEqualTo(200);
        assertThat(both.put("/api/v1/chambers/" + chamberB + "/five-has", fiveHas).status()).isEqualTo(403);
        assertThat(both.put("/api/v1/chambers/" + chamberA + "/five-has", fiveHas).status()).isEqualTo(200);
    }

    @Test
    void aViceChairOnlyReads() {
        var viceChair = as(data.user("VICE_CHAIR"));

        assertThat(viceChair.get("/api/v1/chambers/" + chamberA).status()).isEqualTo(200);
        assertThat(viceChair.get("/api/v1/chambers?q=" + ChamberApiTests.enc(token)).json().get("content")).hasSize(2);
        assertThat(viceChair.post("/api/v1/chambers",
                Api.json(ChamberApiTests.chamber(token + "副主席商会", ChamberTestData.creditCode()))).status()).isEqualTo(403);
        assertThat(viceChair.put("/api/v1/chambers/" + chamberA + "/five-has",
                Api.json(Map.of("items", List.of()))).status()).isEqualTo(403);
        assertThat(viceChair.delete("/api/v1/chambers/" + chamberA).status()).isEqualTo(403);
    }

    @Test
    void staffGet404ForUnknownIdsAndChambersOfOtherFederations() {
        var staff = as(data.user("STAFF"));
        var foreign = data.chamber(data.sibling().id(), token + "东营区商会");
        var body = Api.json(ChamberApiTests.chamber(token + "改名", ChamberTestData.creditCode()));

        assertThat(staff.get("/api/v1/chambers/" + foreign).status()).isEqualTo(404);
        assertThat(staff.put("/api/v1/chambers/" + foreign, body).status()).isEqualTo(404);
        assertThat(staff.delete("/api/v1/chambers/" + foreign).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/chambers/" + Long.MAX_VALUE).status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/chambers?q=" + ChamberApiTests.enc(token)).json().get("content")).hasSize(2);
        assertThat(staff.get("/api/v1/chambers/" + foreign).json().get("detail").asString()).isEqualTo("请求的对象不存在");
    }

    @Test
    void staffCannotCreateAChamberInAFederationOutsideItsScope() {
        var staff = as(data.user("STAFF"));
        var body = ChamberApiTests.chamber(token + "越权商会", ChamberTestData.creditCode());
        body.put("federationId", data.sibling().id());

        var response = staff.post("/api/v1/chambers", Api.json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("federationId");
    }

    @Test
    void aLeaderOfTheCitySeesChambersOfEveryDistrictBelowIt() {
        var city = federations.byId(data.home().parentId()).orElseThrow();
        var leader = as(data.user("LEADER", null, city.id()));
        var foreign = data.chamber(data.sibling().id(), token + "东营区商会");

        var list = leader.get("/api/v1/chambers?q=" + ChamberApiTests.enc(token)).json();

        assertThat(list.get("content")).hasSize(3);
        assertThat(leader.get("/api/v1/chambers/" + foreign).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"})
    void administratorsSeeNoChambers(String role) {
        var admin = as(data.user(role));

        var list = admin.get("/api/v1/chambers");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().get("detail").asString()).isEqualTo("您没有执行此操作的权限");
        assertThat(admin.get("/api/v1/chambers/" + chamberA).status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/chambers",
                Api.json(ChamberApiTests.chamber(token + "管理员商会", ChamberTestData.creditCode()))).status()).isEqualTo(403);
        assertThat(admin.delete("/api/v1/chambers/" + chamberA).status()).isEqualTo(403);
    }

    @Test
    void anonymousCallersMustSignIn() {
        assertThat(Api.anonymous(port).get("/api/v1/chambers").status()).isEqualTo(401);
    }
}
