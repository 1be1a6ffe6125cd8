package cn.qinqing.organisation;

import static cn.qinqing.organisation.FederationApiTests.error;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class StaffingApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    StructureFixture fx;
    Api cityStaff;
    Api districtStaff;
    String cityPath;

    @BeforeEach
    void setUp() {
        fx = new StructureFixture(jdbc, encoder, port);
        cityStaff = fx.user(fx.cityId, Role.STAFF);
        districtStaff = fx.user(fx.districtId, Role.STAFF);
        cityPath = "/api/v1/federations/" + fx.cityId + "/staffing";
    }

    private static String year(Integer year, Integer authorised, Integer filled, Integer cadres) {
        var body = new HashMap<String, Object>();
        body.put("year", year);
        body.put("authorised", authorised);
        body.put("filled", filled);
        body.put("cadres", cadres);
        body.put("remarks", "");
        return Api.json(body);
    }

    @Test
    void yearsAreRecordedListedLatestFirstWithTheVacancyAndEachChangeIsAudited() {
        var y2016 = cityStaff.post(cityPath, year(2016, 3, 3, 3));
        assertThat(y2016.status()).isEqualTo(201);
        assertThat(y2016.json().get("vacancy").asInt()).isZero();
        assertThat(cityStaff.post(cityPath, year(2022, 4, 3, 6)).status()).isEqualTo(201);

        var list = cityStaff.get(cityPath);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(r -> r.get("year").asInt())).containsExactly(2022, 2016);
        var latest = list.json().get(0);
        assertThat(latest.get("authorised").asInt()).isEqualTo(4);
        assertThat(latest.get("filled").asInt()).isEqualTo(3);
        assertThat(latest.get("cadres").asInt()).isEqualTo(6);
        assertThat(latest.get("vacancy").asInt()).isEqualTo(1);

        var updated = cityStaff.put(cityPath + "/2022", year(1999, 4, 5, 6));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("year").asInt()).isEqualTo(2022);
        assertThat(updated.json().get("vacancy").asInt()).isEqualTo(-1);
        assertThat(cityStaff.delete(cityPath + "/2016").status()).isEqualTo(204);
        assertThat(cityStaff.get(cityPath + "/2016").status()).isEqualTo(404);

        assertThat(fx.audited("STAFFING_CREATE", fx.cityId + "/2016")).isEqualTo(1);
        assertThat(fx.audited("STAFFING_UPDATE", fx.cityId + "/2022")).isEqualTo(1);
        assertThat(fx.audited("STAFFING_DELETE", fx.cityId + "/2016")).isEqualTo(1);
    }

    @Test
    void aYearIsRecordedOnceAndMustLieBetween1949AndNextYear() {
        assertThat(cityStaff.post(cityPath, year(2020, 4, 4, 4)).status()).isEqualTo(201);
        var twice = cityStaff.post(cityPath, year(2020, 5, 5, 5));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(error(twice.json(), "year")).isEqualTo("2020 年的记录已存在，请直接编辑该年度");

        var early = cityStaff.post(cityPath, year(1948, 1, 1, 1));
        assertThat(error(early.json(), "year")).isEqualTo("年度不能早于 1949 年");
        int tooLate = Year.now().getValue() + 2;
        var late = cityStaff.post(cityPath, year(tooLate, 1, 1, 1));
        assertThat(late.status()).isEqualTo(400);
        assertThat(error(late.json(), "year")).startsWith("年度应在 1949 到 ");
        assertThat(cityStaff.post(cityPath, year(Year.now().getValue() + 1, 1, 1, 1)).status()).isEqualTo(201);
        var missing = cityStaff.post(cityPath, year(null, 1, 1, 1));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(error(missing.json(), "year")).isNotBlank();
    }

    @Test
    void negativeOrMissingCountsAreRefusedAndNothingChanges() {
        var response = cityStaff.post(cityPath, year(2021, -1, null, 10_000));
        assertThat(response.status()).isEqualTo(400);
        assertThat(error(response.json(), "authorised")).isEqualTo("编制数不能为负数");
        assertThat(error(response.json(), "filled")).isEqualTo("请填写实有人数");
        assertThat(error(response.json(), "cadres")).isEqualTo("专职干部数不能超过 9999");
        assertThat(cityStaff.post(cityPath, year(2021, 4, 4, 4)).status()).isEqualTo(201);
        assertThat(cityStaff.put(cityPath + "/2021", year(2021, 4, -4, 4)).status()).isEqualTo(400);
        assertThat(cityStaff.get(cityPath + "/2021").json().get("filled").asInt()).isEqualTo(4);
    }

    @Test
    void aSubordinatesStaffCannotSeeOrWriteTheParentsStaffing() {
        assertThat(cityStaff.post(cityPath, year(2019, 4, 4, 4)).status()).isEqualTo(201);
        assertThat(districtStaff.get(cityPath).status()).isEqualTo(404);
        assertThat(districtStaff.get(cityPath + "/2019").status()).isEqualTo(404);
        assertThat(districtStaff.post(cityPath, year(2018, 1, 1, 1)).status()).isEqualTo(404);
        assertThat(districtStaff.put(cityPath + "/2019", year(2019, 9, 9, 9)).status()).isEqualTo(404);
        assertThat(districtStaff.delete(cityPath + "/2019").status()).isEqualTo(404);
        assertThat(districtStaff.get("/posts?federationId=" + fx.cityId).status()).isEqualTo(404);
        assertThat(cityStaff.get(cityPath + "/2019").json().get("authorised").asInt()).isEqualTo(4);
        var districtPath = "/api/v1/federations/" + fx.districtId + "/staffing";
        assertThat(cityStaff.post(districtPath, year(2019, 2, 2, 2)).status()).isEqualTo(201);
    }

    @Test
    void onlyFederationStaffAndLeadersKeepStaffing() {
        var leader = fx.user(fx.cityId, Role.LEADER);
        assertThat(leader.post(cityPath, year(2017, 3, 3, 3)).status()).isEqualTo(201);
        for (var role : new Role[] {Role.VICE_CHAIR, Role.CHAMBER_SECRETARY, Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN}) {
            var other = fx.user(fx.cityId, role, role == Role.CHAMBER_SECRETARY ? 1L : null);
            assertThat(other.get(cityPath).status()).as(role.name()).isEqualTo(403);
            assertThat(other.post(cityPath, year(2015, 1, 1, 1)).status()).as(role.name()).isEqualTo(403);
            assertThat(other.get("/posts").status()).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void thePostsPageShowsTheYearsWithOverstaffingAndTheFormsKeepTypedValues() {
        assertThat(cityStaff.post(cityPath, year(2016, 3, 3, 3)).status()).isEqualTo(201);
        assertThat(cityStaff.post(cityPath, year(2022, 4, 6, 6)).status()).isEqualTo(201);
        var page = cityStaff.get("/posts?federationId=" + fx.cityId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2016", "2022", "超编 2", "测试市工商联" + fx.cityCode);
        assertThat(cityStaff.get("/posts").status()).isEqualTo(200);

        var invalid = fx.postForm(cityStaff, "/posts/" + fx.cityId, Map.of("year", "2016", "authorised", "7",
                "filled", "2", "cadres", "5", "remarks", "保留备注"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("2016 年的记录已存在", "value=\"7\"", "保留备注", "id=\"save\"");

        var edit = cityStaff.get("/posts/" + fx.cityId + "/2016/edit");
        assertThat(edit.body()).contains("readonly");
        var saved = fx.postForm(cityStaff, "/posts/" + fx.cityId + "/2016", Map.of("year", "2016", "authorised", "4",
                "filled", "3", "cadres", "3", "remarks", ""));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(cityStaff.get(cityPath + "/2016").json().get("authorised").asInt()).isEqualTo(4);
        assertThat(fx.postForm(cityStaff, "/posts/" + fx.cityId + "/2016/delete", Map.of()).status()).isEqualTo(302);
        assertThat(cityStaff.get(cityPath + "/2016").status()).isEqualTo(404);
    }
}
