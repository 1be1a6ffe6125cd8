package cn.qinqing.organisation;

import static cn.qinqing.organisation.FederationApiTests.error;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class DepartmentApiTests {

    private static final String PATH = "/api/v1/departments";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Departments departments;

    StructureFixture fx;
    Api cityStaff;
    Api districtStaff;

    @BeforeEach
    void setUp() {
        fx = new StructureFixture(jdbc, encoder, port);
        cityStaff = fx.user(fx.cityId, Role.STAFF);
        districtStaff = fx.user(fx.districtId, Role.STAFF);
    }

    private static Map<String, Object> body(Long federationId, String name, String kind, String phone) {
        var body = new HashMap<String, Object>();
        body.put("federationId", federationId);
        body.put("name", name);
        body.put("kind", kind);
        body.put("contactPerson", "张科长");
        body.put("phone", phone);
        body.put("active", true);
        return body;
    }

    private long create(Api api, Map<String, Object> body) {
        var response = api.post(PATH, Api.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    @Test
    void departmentsAreRegisteredReadAndChangedAndEachChangeIsAudited() {
        var created = cityStaff.post(PATH, Api.json(body(fx.cityId, "区公安分局", "PUBLIC_SECURITY", "0546-8123456")));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("id").asLong();
        assertThat(created.json().get("kind").asString()).isEqualTo("PUBLIC_SECURITY");
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(created.json().get("federationId").asLong()).isEqualTo(fx.cityId);

        var change = body(fx.cityId, "区公安分局", "PUBLIC_SECURITY", "13912345678");
        change.put("active", false);
        var updated = cityStaff.put(PATH + "/" + id, Api.json(change));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("phone").asString()).isEqualTo("13912345678");
        assertThat(cityStaff.get(PATH + "/" + id).json().get("active").asBoolean()).isFalse();
        assertThat(fx.audited("DEPARTMENT_CREATE", id)).isEqualTo(1);
        assertThat(fx.audited("DEPARTMENT_UPDATE", id)).isEqualTo(1);
    }

    @Test
    void theListIsPagedAndFilteredByNameKindAndState() {
        create(cityStaff, body(fx.cityId, "区人民法院", "COURT", null));
        create(cityStaff, body(fx.cityId, "区人民检察院", "PROCURATORATE", null));
        create(cityStaff, body(fx.cityId, "人民银行河口支行", "CENTRAL_BANK", null));
        var inactive = body(fx.cityId, "区税务局", "TAX", null);
        inactive.put("active", false);
        create(cityStaff, inactive);
        create(cityStaff, body(fx.districtId, "区司法局", "JUSTICE", null));

        var page = cityStaff.get(PATH + "?federationId=" + fx.cityId + "&size=3");
        assertThat(page.json().get("content").size()).isEqualTo(3);
        assertThat(page.json().get("page").get("totalElements").asLong()).isEqualTo(4);
        assertThat(page.json().get("page").get("totalPages").asInt()).isEqualTo(2);
        assertThat(cityStaff.get(PATH + "?federationId=" + fx.cityId + "&page=1&size=3").json().get("content").size())
                .isEqualTo(1);
        var court = cityStaff.get(PATH + "?kind=COURT&federationId=" + fx.cityId).json().get("content");
        assertThat(court.valueStream().map(d -> d.get("name").asString())).containsExactly("区人民法院");
        var people = cityStaff.get(PATH + "?federationId=" + fx.cityId + "&name=%E4%BA%BA%E6%B0%91"); // 人民
        assertThat(people.json().get("page").get("totalElements").asLong()).isEqualTo(3);
        var off = cityStaff.get(PATH + "?federationId=" + fx.cityId + "&active=false").json().get("content");
        assertThat(off.valueStream().map(d -> d.get("name").asString())).containsExactly("区税务局");
        var everything = cityStaff.get(PATH + "?size=100").json().get("content");
        assertThat(everything.valueStream().map(d -> d.get("name").asString())).contains("区司法局", "区人民法院");
    }

    @Test
    void aSubordinatesStaffCannotSeeTheParentsDepartments() {
        var id = create(cityStaff, body(fx.cityId, "市市场监督管理局", "MARKET_REGULATION", null));
        assertThat(districtStaff.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(districtStaff.put(PATH + "/" + id, Api.json(body(fx.districtId, "改名", "OTHER", null))).status())
                .isEqualTo(404);
        assertThat(districtStaff.get("/departments/" + id).status()).isEqualTo(404);
        var list = districtStaff.get(PATH + "?size=100").json().get("content");
        assertThat(list.valueStream().map(d -> d.get("id").asLong())).doesNotContain(id);
        var intoParent = districtStaff.post(PATH, Api.json(body(fx.cityId, "越级登记", "OTHER", null)));
        assertThat(intoParent.status()).isEqualTo(400);
        assertThat(error(intoParent.json(), "federationId")).contains("不在您的管辖范围内");
    }

    @Test
    void visibilityForTheAccountModuleFollowsTheFederationTree() {
        var id = create(districtStaff, body(fx.districtId, "区人力资源和社会保障局", "HUMAN_RESOURCES", null));
        var cityPath = jdbc.sql("select path from federation where id = ?").param(fx.cityId).query(String.class).single();
        var districtPath = cityPath + fx.districtId + "/";
        assertThat(departments.isVisibleDepartment(id, cityPath)).isTrue();
        assertThat(departments.isVisibleDepartment(id, districtPath)).isTrue();
        var cityOnly = create(cityStaff, body(fx.cityId, "市司法局", "JUSTICE", null));
        assertThat(departments.isVisibleDepartment(cityOnly, districtPath)).isFalse();
        assertThat(departments.isVisibleDepartment(999_999_999L, cityPath)).isFalse();
        assertThat(departments.isVisibleDepartment(id, null)).isFalse();
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingIsStored() {
        var response = cityStaff.post(PATH, Api.json(body(fx.cityId, "", null, "12345")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(error(response.json(), "name")).isEqualTo("请填写部门名称");
        assertThat(error(response.json(), "kind")).isEqualTo("请选择部门类别");
        var phone = cityStaff.post(PATH, Api.json(body(fx.cityId, "电话错误局", "OTHER", "12345")));
        assertThat(error(phone.json(), "phone")).contains("11 位手机号");
        var tooLong = cityStaff.post(PATH, Api.json(body(fx.cityId, "局".repeat(101), "OTHER", null)));
        assertThat(error(tooLong.json(), "name")).isEqualTo("部门名称不能超过 100 个字符");
        create(cityStaff, body(fx.cityId, "区司法局", "JUSTICE", null));
        var twice = cityStaff.post(PATH, Api.json(body(fx.cityId, " 区司法局 ", "JUSTICE", null)));
        assertThat(error(twice.json(), "name")).isEqualTo("本辖区已登记名为“区司法局”的部门");
        assertThat(jdbc.sql("select count(*) from department where federation_id = ?").param(fx.cityId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyFederationStaffAndLeadersUseTheRegistry() {
        var id = create(fx.user(fx.cityId, Role.LEADER), body(fx.cityId, "领导登记局", "OTHER", null));
        for (var role : new Role[] {Role.VICE_CHAIR, Role.DEPARTMENT_LIAISON, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN}) {
            var other = fx.user(fx.cityId, role);
            assertThat(other.get(PATH).status()).as(role.name()).isEqualTo(403);
            assertThat(other.get(PATH + "/" + id).status()).as(role.name()).isEqualTo(403);
            assertThat(other.post(PATH, Api.json(body(fx.cityId, "无权登记", "OTHER", null))).status()).as(role.name())
                    .isEqualTo(403);
            assertThat(other.get("/departments").status()).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void thePagesListRegisterAndEditKeepingTypedValuesAndTheUncheckedState() {
        var id = create(cityStaff, body(fx.cityId, "页面区法院", "COURT", "0546-8000001"));
        var list = cityStaff.get("/departments?federationId=" + fx.cityId);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("页面区法院", "法院", "0546-8000001", "共 1 条");
        assertThat(cityStaff.get("/departments/" + id).body()).contains("张科长");
        assertThat(cityStaff.get("/departments/new").body()).contains("id=\"save\"");

        var invalid = fx.postForm(cityStaff, "/departments", Map.of("federationId", String.valueOf(fx.cityId),
                "name", "保留部门名", "kind", "TAX", "contactPerson", "保留联系人", "phone", "888", "_active", "on"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("value=\"保留部门名\"", "value=\"保留联系人\"", "value=\"888\"", "联系电话应为");

        var unchecked = fx.postForm(cityStaff, "/departments/" + id, Map.of("federationId", String.valueOf(fx.cityId),
                "name", "页面区法院", "kind", "COURT", "contactPerson", "", "phone", "", "_active", "on"));
        assertThat(unchecked.status()).isEqualTo(302);
        var after = cityStaff.get(PATH + "/" + id).json();
        assertThat(after.get("active").asBoolean()).isFalse();
        assertThat(after.get("phone").isNull()).isTrue();
    }
}
