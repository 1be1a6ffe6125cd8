package cn.qinqing.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ChamberApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Federations federations;

    ChamberTestData data;
    String staff;
    Api api;

    @BeforeEach
    void setUp() {
        data = new ChamberTestData(jdbc, encoder, federations);
        staff = data.user("STAFF");
        api = Api.as(port, staff, ChamberTestData.PASSWORD);
    }

    static Map<String, Object> chamber(String name, String creditCode) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("kind", "INDUSTRY");
        body.put("creditCode", creditCode);
        body.put("address", "东营市河口区河口街道黄河路 1 号");
        body.put("phone", "0546-3601234");
        body.put("foundedOn", "2015-06-18");
        body.put("president", "张建国");
        body.put("secretaryGeneral", "李秀英");
        body.put("memberCount", 48);
        body.put("remarks", "石油装备企业为主");
        return body;
    }

    JsonNode create(String name) {
        var response = api.post("/api/v1/chambers", Api.json(chamber(name, ChamberTestData.creditCode())));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void createAnswers201WithLocationAndTheStoredChamber() throws Exception {
        var name = "河口区石油业商会" + ChamberTestData.unique();
        var code = ChamberTestData.creditCode();
        var response = Api.as(port, staff, ChamberTestData.PASSWORD).post("/api/v1/chambers", Api.json(chamber(name, code)));

        assertThat(response.status()).isEqualTo(201);
        var body = response.json();
        var id = body.get("id").asLong();
        assertThat(response.header("Location")).endsWith("/api/v1/chambers/" + id);
        assertThat(body.get("name").asString()).isEqualTo(name);
        assertThat(body.get("kind").asString()).isEqualTo("INDUSTRY");
        assertThat(body.get("creditCode").asString()).isEqualTo(code);
        assertThat(body.get("president").asString()).isEqualTo("张建国");
        assertThat(body.get("secretaryGeneral").asString()).isEqualTo("李秀英");
        assertThat(body.get("foundedOn").asString()).isEqualTo("2015-06-18");
        assertThat(body.get("memberCount").asInt()).isEqualTo(48);
        assertThat(body.get("federationId").asLong()).isEqualTo(data.home().id());
    }

    @Test
    void getReturnsTheChamberWithAllFiveHasItemsUnmetAtFirst() {
        var id = create("河口区餐饮业商会" + ChamberTestData.unique()).get("id").asLong();

        var body = api.get("/api/v1/chambers/" + id).json();

        assertThat(body.get("address").asString()).startsWith("东营市河口区");
        var items = body.get("fiveHas");
        assertThat(items).hasSize(5);
        assertThat(items.values().stream().map(i -> i.get("item").asString()).toList())
                .containsExactly("SIGN", "TEAM", "OFFICE", "FUNDS", "ACTIVITIES");
        assertThat(items.values().stream().noneMatch(i -> i.get("met").asBoolean())).isTrue();
        assertThat(body.get("assessments")).isEmpty();
    }

    @Test
    void createIsAuditedWithTheCallerAndTheChamberId() {
        var id = create("河口区建筑业商会" + ChamberTestData.unique()).get("id").asLong();

        var audited = jdbc.sql("""
                select username || ':' || role || ':' || result from audit_record
                 where action = 'CHAMBER_CREATE' and object_type = 'CHAMBER' and object_id = ?""")
                .param(String.valueOf(id)).query(String.class).list();
        assertThat(audited).containsExactly(staff + ":STAFF:SUCCESS");
    }

    @Test
    void listIsPagedSortedByNameAndFilteredByNameFragment() {
        var token = "分页" + ChamberTestData.unique();
        create(token + "丙商会");
        create(token + "甲商会");
        create(token + "乙商会");

        var first = api.get("/api/v1/chambers?q=" + enc(token) + "&size=2").json();
        var second = api.get("/api/v1/chambers?q=" + enc(token) + "&size=2&page=1").json();

        assertThat(first.get("page").get("number").asInt()).isZero();
        assertThat(first.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(2);
        var names = new java.util.ArrayList<String>();
        first.get("content").values().forEach(c -> names.add(c.get("name").asString()));
        second.get("content").values().forEach(c -> names.add(c.get("name").asString()));
        assertThat(names).hasSize(3).isSorted();
        assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("content", "page");
    }

    @Test
    void listFiltersByKindAndDefaultsToTwentyPerPage() {
        var token = "类型" + ChamberTestData.unique();
        create(token + "行业");
        var hometown = chamber(token + "同乡", ChamberTestData.creditCode());
        hometown.put("kind", "HOMETOWN");
        assertThat(api.post("/api/v1/chambers", Api.json(hometown)).status()).isEqualTo(201);

        var body = api.get("/api/v1/chambers?q=" + enc(token) + "&kind=HOMETOWN").json();

        assertThat(body.get("content")).hasSize(1);
        assertThat(body.get("content").get(0).get("kind").asString()).isEqualTo("HOMETOWN");
        assertThat(body.get("page").get("size").asInt()).isEqualTo(20);
    }

    @Test
    void updateChangesTheChamberAndIsAudited() {
        var id = create("河口区物流商会" + ChamberTestData.unique()).get("id").asLong();
        var changed = chamber("河口区现代物流商会" + ChamberTestData.unique(), ChamberTestData.creditCode());
        changed.put("kind", "PARK");
        changed.put("president", "王志强");

        var response = api.put("/api/v1/chambers/" + id, Api.json(changed));

        assertThat(response.status()).isEqualTo(200);
        var body = api.get("/api/v1/chambers/" + id).json();
        assertThat(body.get("kind").asString()).isEqualTo("PARK");
        assertThat(body.get("president").asString()).isEqualTo("王志强");
        assertThat(body.get("creditCode").asString()).isEqualTo(changed.get("creditCode"));
        assertThat(auditCount("CHAMBER_UPDATE", id)).isEqualTo(1);
    }

    @Test
    void deleteRemovesTheChamberAndIsAudited() {
        var id = create("河口区待删商会" + ChamberTestData.unique()).get("id").asLong();

        assertThat(api.delete("/api/v1/chambers/" + id).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/chambers/" + id).status()).isEqualTo(404);
        assertThat(auditCount("CHAMBER_DELETE", id)).isEqualTo(1);
    }

    @Test
    void fiveHasChecklistIsReplacedAsAWholeAndAudited() {
        var id = create("河口区五有商会" + ChamberTestData.unique()).get("id").asLong();
        var items = List.of(
                Map.of("item", "SIGN", "met", true, "evidence", "2024 年挂牌照片", "evidenceOn", "2024-03-01"),
                Map.of("item", "OFFICE", "met", true, "evidence", "河口街道办公室 60 平方米"));

        var response = api.put("/api/v1/chambers/" + id + "/five-has", Api.json(Map.of("items", items)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var checklist = response.json().get("fiveHas");
        assertThat(checklist.get(0).get("met").asBoolean()).isTrue();
        assertThat(checklist.get(0).get("evidence").asString()).isEqualTo("2024 年挂牌照片");
        assertThat(checklist.get(0).get("evidenceOn").asString()).isEqualTo("2024-03-01");
        assertThat(checklist.get(1).get("met").asBoolean()).isFalse();
        assertThat(checklist.get(2).get("met").asBoolean()).isTrue();

        api.put("/api/v1/chambers/" + id + "/five-has", Api.json(Map.of("items", List.of(Map.of("item", "TEAM", "met", true)))));
        var after = api.get("/api/v1/chambers/" + id).json().get("fiveHas");
        assertThat(after.get(0).get("met").asBoolean()).isFalse();
        assertThat(after.get(1).get("met").asBoolean()).isTrue();
        assertThat(auditCount("CHAMBER_FIVE_HAS_UPDATE", id)).isEqualTo(2);
    }

    @Test
    void aYearsSelfAssessmentIsCreatedOnceAndThenReplaced() {
        var id = create("河口区自评商会" + ChamberTestData.unique()).get("id").asLong();
        var first = Map.of("year", 2024, "level", "PARTLY_MET", "score", 78, "summary", "缺少固定经费",
                "assessedOn", "2025-01-15");
        var again = Map.of("year", 2024, "level", "MET", "score", 90, "assessedOn", "2025-02-01");

        var created = api.post("/api/v1/chambers/" + id + "/assessments", Api.json(first));
        var replaced = api.post("/api/v1/chambers/" + id + "/assessments", Api.json(again));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(replaced.status()).isEqualTo(200);
        var assessments = replaced.json().get("assessments");
        assertThat(assessments).hasSize(1);
        assertThat(assessments.get(0).get("level").asString()).isEqualTo("MET");
        assertThat(assessments.get(0).get("score").asInt()).isEqualTo(90);
        assertThat(assessments.get(0).get("year").asInt()).isEqualTo(2024);
        assertThat(auditCount("CHAMBER_ASSESSMENT_RECORD", id)).isEqualTo(2);
    }

    @Test
    void theAccountModuleCanCheckWhetherAChamberLiesUnderAFederation(@Autowired Chambers chambers) {
        var id = create("河口区绑定商会" + ChamberTestData.unique()).get("id").asLong();

        assertThat(chambers.isVisibleChamber(id, data.home().path())).isTrue();
        assertThat(chambers.isVisibleChamber(id, federations.byId(data.home().parentId()).orElseThrow().path())).isTrue();
        assertThat(chambers.isVisibleChamber(id, data.sibling().path())).isFalse();
        assertThat(chambers.isVisibleChamber(Long.MAX_VALUE, data.home().path())).isFalse();
    }

    long auditCount(String action, long id) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
