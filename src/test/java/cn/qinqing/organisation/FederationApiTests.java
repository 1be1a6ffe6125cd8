package cn.qinqing.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class FederationApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    StructureFixture fx;
    Api cityStaff;
    Api districtStaff;

    @BeforeEach
    void setUp() {
        fx = new StructureFixture(jdbc, encoder, port);
        cityStaff = fx.user(fx.cityId, Role.STAFF);
        districtStaff = fx.user(fx.districtId, Role.STAFF);
    }

    @Test
    void listShowsTheCallersFederationAndEverythingBelowButNotItsParent() {
        var response = cityStaff.get("/api/v1/federations");
        assertThat(response.status()).isEqualTo(200);
        var codes = response.json().valueStream().map(f -> f.get("regionCode").asString()).toList();
        assertThat(codes).containsExactly(fx.cityCode, fx.districtCode);
        var first = response.json().get(0);
        assertThat(first.get("level").asString()).isEqualTo("CITY");
        assertThat(first.get("name").asString()).startsWith("测试市工商联");
    }

    @Test
    void aSubordinatesStaffGets404ForTheParentFederation() {
        assertThat(districtStaff.get("/api/v1/federations/" + fx.cityId).status()).isEqualTo(404);
        assertThat(districtStaff.get("/api/v1/federations/" + fx.districtId).status()).isEqualTo(200);
        assertThat(districtStaff.get("/api/v1/federations/999999999").status()).isEqualTo(404);
        assertThat(districtStaff.get("/federations/" + fx.cityId).status()).isEqualTo(404);
    }

    @Test
    void staffCreateADistrictUnderTheirCityAndTheCreationIsAudited() {
        var code = fx.freeCode(() -> fx.cityCode.substring(0, 4) + String.format("%02d", 1 + new java.util.Random().nextInt(99)));
        var response = cityStaff.post("/api/v1/federations", Api.json(Map.of(
                "parentId", fx.cityId, "name", "新设区工商联", "level", "DISTRICT", "regionCode", code)));
        assertThat(response.status()).isEqualTo(201);
        var id = response.json().get("id").asLong();
        assertThat(response.json().get("parentId").asLong()).isEqualTo(fx.cityId);
        assertThat(response.json().get("regionCode").asString()).isEqualTo(code);
        assertThat(cityStaff.get("/api/v1/federations/" + id).status()).isEqualTo(200);
        assertThat(fx.audited("FEDERATION_CREATE", id)).isEqualTo(1);
    }

    @Test
    void aRegionCodeThatDoesNotFitTheLevelIsRefusedWithAChineseMessage() {
        var response = cityStaff.post("/api/v1/federations", Api.json(Map.of(
                "parentId", fx.cityId, "name", "错误代码", "level", "DISTRICT", "regionCode", fx.cityCode.substring(0, 4) + "00")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(error(response.json(), "regionCode")).contains("不能以 00 结尾");
        assertThat(countByName("错误代码")).isZero();
    }

    @Test
    void aRegionCodeOutsideTheParentOrAlreadyUsedOrMalformedIsRefused() {
        var outside = cityStaff.post("/api/v1/federations", Api.json(Map.of(
                "parentId", fx.cityId, "name", "辖区外", "level", "DISTRICT", "regionCode", "110101")));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(error(outside.json(), "regionCode")).contains("不在上级工商联");

        var taken = cityStaff.post("/api/v1/federations", Api.json(Map.of(
                "parentId", fx.cityId, "name", "重复代码", "level", "DISTRICT", "regionCode", fx.districtCode)));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(error(taken.json(), "regionCode")).contains("已被其他工商联使用");

        var malformed = cityStaff.post("/api/v1/federations", Api.json(Map.of(
                "parentId", fx.cityId, "name", "格式错误", "level", "DISTRICT", "regionCode", "37a5")));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(error(malformed.json(), "regionCode")).isEqualTo("行政区划代码应为 6 位数字");
    }

    @Test
    void aSubordinateMustStandBelowItsParent() {
        var sameLevel = cityStaff.post("/api/v1/federations", Api.json(Map.of(
                "parentId", fx.cityId, "name", "同级", "level", "CITY", "regionCode", "379900")));
        assertThat(sameLevel.status()).isEqualTo(400);
        assertThat(error(sameLevel.json(), "level")).contains("层级必须低于上级");
        var belowDistrict = districtStaff.post("/api/v1/federations", Api.json(Map.of(
                "parentId", fx.districtId, "name", "区下级", "level", "DISTRICT", "regionCode", "379999")));
        assertThat(belowDistrict.status()).isEqualTo(400);
        assertThat(error(belowDistrict.json(), "level")).contains("不能再设立下级");
    }

    @Test
    void aParentOutsideTheCallersScopeIsRefusedAndNothingIsCreated() {
        var response = districtStaff.post("/api/v1/federations", Api.json(Map.of(
                "parentId", fx.cityId, "name", "越权创建", "level", "DISTRICT", "regionCode", "379998")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(error(response.json(), "parentId")).contains("不在您的管辖范围内");
        assertThat(countByName("越权创建")).isZero();
    }

    @Test
    void missingFieldsAreNamedOneByOne() {
        var response = cityStaff.post("/api/v1/federations", "{}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(error(response.json(), "parentId")).isEqualTo("请选择上级工商联");
        assertThat(error(response.json(), "name")).isEqualTo("请填写工商联名称");
        assertThat(error(response.json(), "level")).isEqualTo("请选择层级");
        assertThat(error(response.json(), "regionCode")).isEqualTo("请填写行政区划代码");
    }

    @Test
    void viceChairsReadButMayNotCreateAndAdministratorsSeeNothing() {
        var viceChair = fx.user(fx.cityId, Role.VICE_CHAIR);
        assertThat(viceChair.get("/api/v1/federations").status()).isEqualTo(200);
        assertThat(viceChair.post("/api/v1/federations", Api.json(Map.of(
                "parentId", fx.cityId, "name", "副主席创建", "level", "DISTRICT", "regionCode", "379997"))).status())
                .isEqualTo(403);
        var admin = fx.user(fx.cityId, Role.SYSTEM_ADMIN);
        assertThat(admin.get("/api/v1/federations").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/federations/" + fx.cityId).status()).isEqualTo(403);
        assertThat(admin.get("/federations").status()).isEqualTo(403);
        var secretary = fx.user(fx.cityId, Role.CHAMBER_SECRETARY, 5L);
        assertThat(secretary.get("/api/v1/federations").status()).isEqualTo(403);
    }

    @Test
    void theTreePageAndDetailPageShowTheFederationsInScope() {
        var tree = cityStaff.get("/federations");
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body()).contains("测试市工商联" + fx.cityCode, "测试区工商联" + fx.districtCode, "县区级", "市级")
                .doesNotContain("山东省工商业联合会");
        var detail = cityStaff.get("/federations/" + fx.districtId);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains(fx.districtCode, "编制岗位", "党组织");
    }

    @Test
    void theNewFederationFormKeepsWhatWasTypedAndShowsTheRule() {
        var response = fx.postForm(cityStaff, "/federations", Map.of(
                "parentId", String.valueOf(fx.cityId), "name", "表单保留名称", "level", "DISTRICT",
                "regionCode", fx.cityCode.substring(0, 4) + "00"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("value=\"表单保留名称\"", "不能以 00 结尾", "id=\"save\"");
        assertThat(countByName("表单保留名称")).isZero();
    }

    @Test
    void theNewFederationFormCreatesAndRedirectsToTheNewFederation() {
        var code = fx.freeCode(() -> fx.cityCode.substring(0, 4) + String.format("%02d", 1 + new java.util.Random().nextInt(99)));
        var response = fx.postForm(cityStaff, "/federations", Map.of(
                "parentId", String.valueOf(fx.cityId), "name", "表单新建区", "level", "DISTRICT", "regionCode", code));
        assertThat(response.status()).isEqualTo(302);
        var id = jdbc.sql("select id from federation where region_code = ?").param(code).query(Long.class).single();
        assertThat(fx.audited("FEDERATION_CREATE", id)).isEqualTo(1);
    }

    private long countByName(String name) {
        return jdbc.sql("select count(*) from federation where name = ?").param(name).query(Long.class).single();
    }

    static String error(JsonNode problem, String field) {
        return problem.get("errors").valueStream().filter(e -> e.get("field").asString().equals(field))
                .map(e -> e.get("message").asString()).findFirst().orElse(null);
    }
}
