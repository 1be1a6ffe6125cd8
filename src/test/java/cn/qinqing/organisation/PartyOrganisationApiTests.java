package cn.qinqing.organisation;

import static cn.qinqing.organisation.FederationApiTests.error;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PartyOrganisationApiTests {

    private static final String PATH = "/api/v1/party-organisations";

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

    private Map<String, Object> body(String kind, String name, Long federationId, Long chamberId) {
        var body = new HashMap<String, Object>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("secretaryName", "王书记");
        body.put("memberCount", 12);
        body.put("foundedOn", "2018-07-01");
        body.put("remarks", "按期换届");
        body.put("federationId", federationId);
        body.put("chamberId", chamberId);
        return body;
    }

    private long create(Api api, Map<String, Object> body) {
        var response = api.post(PATH, Api.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    @Test
    void createReadUpdateDeleteRoundTripIsAuditedAtEveryStep() {
        var created = cityStaff.post(PATH, Api.json(body("BRANCH", "机关党支部", fx.cityId, null)));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("id").asLong();
        assertThat(created.json().get("kind").asString()).isEqualTo("BRANCH");
        assertThat(created.json().get("memberCount").asInt()).isEqualTo(12);
        assertThat(created.json().get("foundedOn").asString()).isEqualTo("2018-07-01");
        assertThat(created.json().get("federationId").asLong()).isEqualTo(fx.cityId);
        assertThat(created.json().get("chamberId").isNull()).isTrue();

        var changed = body("BRANCH", "机关第一党支部", fx.cityId, null);
        changed.put("memberCount", 15);
        var updated = cityStaff.put(PATH + "/" + id, Api.json(changed));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(cityStaff.get(PATH + "/" + id).json().get("name").asString()).isEqualTo("机关第一党支部");
        assertThat(cityStaff.get(PATH + "/" + id).json().get("memberCount").asInt()).isEqualTo(15);

        assertThat(cityStaff.delete(PATH + "/" + id).status()).isEqualTo(204);
        assertThat(cityStaff.get(PATH + "/" + id).status()).isEqualTo(404);

        assertThat(fx.audited("PARTY_ORGANISATION_CREATE", id)).isEqualTo(1);
        assertThat(fx.audited("PARTY_ORGANISATION_UPDATE", id)).isEqualTo(1);
        assertThat(fx.audited("PARTY_ORGANISATION_DELETE", id)).isEqualTo(1);
    }

    @Test
    void theListIsPagedAndFilteredByKindNameAndAttachment() {
        create(cityStaff, body("PARTY_GROUP", "市工商联党组", fx.cityId, null));
        create(cityStaff, body("SECTOR_COMMITTEE", "商会行业党委", fx.cityId, null));
        for (int i = 1; i <= 3; i++) {
            create(cityStaff, body("BRANCH", "石油业商会党支部" + i, fx.cityId, fx.chamber(fx.cityId, "石油业商会" + i)));
        }
        var all = cityStaff.get(PATH + "?federationId=" + fx.cityId + "&size=2");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("content").size()).isEqualTo(2);
        assertThat(all.json().get("content").get(0).get("kind").asString()).isEqualTo("PARTY_GROUP");
        var page = all.json().get("page");
        assertThat(page.get("number").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("totalElements").asLong()).isEqualTo(5);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);

        var branches = cityStaff.get(PATH + "?federationId=" + fx.cityId + "&kind=BRANCH");
        assertThat(branches.json().get("page").get("totalElements").asLong()).isEqualTo(3);
        var inChambers = cityStaff.get(PATH + "?federationId=" + fx.cityId + "&attachment=CHAMBER");
        assertThat(inChambers.json().get("page").get("totalElements").asLong()).isEqualTo(3);
        var inOrgan = cityStaff.get(PATH + "?federationId=" + fx.cityId + "&attachment=FEDERATION");
        assertThat(inOrgan.json().get("page").get("totalElements").asLong()).isEqualTo(2);
        var byName = cityStaff.get(PATH + "?federationId=" + fx.cityId + "&name=%E6%B2%B9%E4%B8%9A"); // 油业
        assertThat(byName.json().get("page").get("totalElements").asLong()).isEqualTo(3);
        var wildcard = cityStaff.get(PATH + "?federationId=" + fx.cityId + "&name=%25");
        assertThat(wildcard.json().get("page").get("totalElements").asLong()).isZero();
        assertThat(cityStaff.get(PATH + "?kind=NOPE").status()).isEqualTo(400);
    }

    @Test
    void aSubordinatesStaffCannotSeeOrChangeTheParentsPartyOrganisations() {
        var id = create(cityStaff, body("BRANCH", "市级党支部", fx.cityId, null));
        assertThat(districtStaff.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(districtStaff.put(PATH + "/" + id, Api.json(body("BRANCH", "篡改", fx.districtId, null))).status())
                .isEqualTo(404);
        assertThat(districtStaff.delete(PATH + "/" + id).status()).isEqualTo(404);
        var list = districtStaff.get(PATH + "?size=100");
        assertThat(list.json().get("content").valueStream().map(p -> p.get("id").asLong())).doesNotContain(id);
        var intoParent = districtStaff.post(PATH, Api.json(body("BRANCH", "越级登记", fx.cityId, null)));
        assertThat(intoParent.status()).isEqualTo(400);
        assertThat(error(intoParent.json(), "federationId")).contains("不在您的管辖范围内");
        assertThat(cityStaff.get(PATH + "/" + id).json().get("name").asString()).isEqualTo("市级党支部");
        // ...while the parent's staff see the subordinate's
        var below = create(districtStaff, body("BRANCH", "区级党支部", fx.districtId, null));
        assertThat(cityStaff.get(PATH + "/" + below).status()).isEqualTo(200);
    }

    @Test
    void aChamberSecretarySeesAndWritesOnlyItsOwnChambersPartyOrganisations() {
        long chamber = fx.chamber(fx.cityId, "本会");
        long otherChamberId = fx.chamber(fx.cityId, "他会");
        var secretary = fx.user(fx.cityId, Role.CHAMBER_SECRETARY, chamber);
        var organ = create(cityStaff, body("BRANCH", "机关党支部", fx.cityId, null));
        var otherChamber = create(cityStaff, body("BRANCH", "他会党支部", fx.cityId, otherChamberId));

        var own = secretary.post(PATH, Api.json(body("BRANCH", "本会党支部", null, null)));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().get("chamberId").asLong()).isEqualTo(chamber);
        assertThat(own.json().get("federationId").asLong()).isEqualTo(fx.cityId);
        var ownId = own.json().get("id").asLong();

        var list = secretary.get(PATH);
        assertThat(list.json().get("content").valueStream().map(p -> p.get("id").asLong())).containsExactly(ownId);
        assertThat(secretary.get(PATH + "/" + organ).status()).isEqualTo(404);
        assertThat(secretary.get(PATH + "/" + otherChamber).status()).isEqualTo(404);
        assertThat(secretary.delete(PATH + "/" + otherChamber).status()).isEqualTo(404);
        assertThat(secretary.put(PATH + "/" + ownId, Api.json(body("BRANCH", "本会第一党支部", null, otherChamberId))).status())
                .isEqualTo(200);
        assertThat(cityStaff.get(PATH + "/" + ownId).json().get("chamberId").asLong()).isEqualTo(chamber);

        var group = secretary.post(PATH, Api.json(body("PARTY_GROUP", "本会党组", null, null)));
        assertThat(group.status()).isEqualTo(400);
        assertThat(error(group.json(), "kind")).contains("党组只能设在工商联机关");
    }

    @Test
    void aFederationHasOnePartyGroupAndNamesAreUniqueWhereTheySit() {
        create(cityStaff, body("PARTY_GROUP", "党组", fx.cityId, null));
        var second = cityStaff.post(PATH, Api.json(body("PARTY_GROUP", "第二党组", fx.cityId, null)));
        assertThat(second.status()).isEqualTo(400);
        assertThat(error(second.json(), "kind")).contains("只能有一个党组");

        long first = fx.chamber(fx.cityId, "甲商会");
        long secondChamber = fx.chamber(fx.cityId, "乙商会");
        create(cityStaff, body("BRANCH", "党支部", fx.cityId, first));
        var same = cityStaff.post(PATH, Api.json(body("BRANCH", "党支部", fx.cityId, first)));
        assertThat(same.status()).isEqualTo(400);
        assertThat(error(same.json(), "name")).isEqualTo("已存在名为“党支部”的党组织");
        assertThat(cityStaff.post(PATH, Api.json(body("BRANCH", "党支部", fx.cityId, secondChamber))).status()).isEqualTo(201);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        var bad = body(null, "", fx.cityId, -3L);
        bad.put("memberCount", -1);
        bad.put("secretaryName", "书".repeat(51));
        bad.put("remarks", "备".repeat(501));
        var response = cityStaff.post(PATH, Api.json(bad));
        assertThat(response.status()).isEqualTo(400);
        assertThat(error(response.json(), "kind")).isEqualTo("请选择党组织类型");
        assertThat(error(response.json(), "name")).isEqualTo("请填写党组织名称");
        assertThat(error(response.json(), "memberCount")).isEqualTo("党员人数不能为负数");
        assertThat(error(response.json(), "secretaryName")).isEqualTo("书记姓名不能超过 50 个字符");
        assertThat(error(response.json(), "remarks")).isEqualTo("备注不能超过 500 个字符");
        assertThat(error(response.json(), "chamberId")).isEqualTo("商会编号应为正整数");

        var tooLong = body("BRANCH", "党".repeat(101), fx.cityId, null);
        assertThat(error(cityStaff.post(PATH, Api.json(tooLong)).json(), "name")).isEqualTo("党组织名称不能超过 100 个字符");

        var future = body("BRANCH", "未来党支部", fx.cityId, null);
        future.put("foundedOn", LocalDate.now().plusDays(1).toString());
        assertThat(error(cityStaff.post(PATH, Api.json(future)).json(), "foundedOn")).contains("不晚于今天");

        assertThat(cityStaff.post(PATH, "{\"kind\":\"BRANCH\",\"name\":\"x\",\"memberCount\":\"many\"}").status())
                .isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from party_organisation where federation_id = ?").param(fx.cityId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void viceChairsReadOnlyAndAdministratorsAreForbidden() {
        var id = create(cityStaff, body("BRANCH", "只读党支部", fx.cityId, null));
        var viceChair = fx.user(fx.cityId, Role.VICE_CHAIR);
        assertThat(viceChair.get(PATH + "/" + id).status()).isEqualTo(200);
        assertThat(viceChair.post(PATH, Api.json(body("BRANCH", "副主席登记", fx.cityId, null))).status()).isEqualTo(403);
        assertThat(viceChair.delete(PATH + "/" + id).status()).isEqualTo(403);
        for (var role : new Role[] {Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN}) {
            var admin = fx.user(fx.cityId, role);
            assertThat(admin.get(PATH).status()).as(role.name()).isEqualTo(403);
            assertThat(admin.get(PATH + "/" + id).status()).as(role.name()).isEqualTo(403);
            assertThat(admin.get("/party-organisations").status()).as(role.name()).isEqualTo(403);
        }
        var liaison = fx.user(fx.cityId, Role.DEPARTMENT_LIAISON);
        assertThat(liaison.get(PATH).status()).isEqualTo(403);
    }

    @Test
    void thePagesListShowEditAndKeepTypedValuesOnError() {
        var id = create(cityStaff, body("SECTOR_COMMITTEE", "页面行业党委", fx.cityId, null));
        var list = cityStaff.get("/party-organisations?kind=SECTOR_COMMITTEE&federationId=" + fx.cityId);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("页面行业党委", "商会行业党委", "共 1 条");
        assertThat(cityStaff.get("/party-organisations/" + id).body()).contains("王书记", "2018-07-01");
        assertThat(cityStaff.get("/party-organisations/" + id + "/edit").body()).contains("value=\"页面行业党委\"", "id=\"save\"");
        assertThat(cityStaff.get("/party-organisations/new").status()).isEqualTo(200);
        assertThat(districtStaff.get("/party-organisations/" + id).status()).isEqualTo(404);
        assertThat(districtStaff.get("/party-organisations/" + id + "/edit").status()).isEqualTo(404);

        var invalid = fx.postForm(cityStaff, "/party-organisations", Map.of("kind", "BRANCH", "name", "保留的名称",
                "memberCount", "abc", "federationId", String.valueOf(fx.cityId), "secretaryName", "李书记",
                "foundedOn", "", "remarks", "", "chamberId", ""));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("value=\"保留的名称\"", "value=\"李书记\"", "党员人数应为整数");

        var saved = fx.postForm(cityStaff, "/party-organisations/" + id, Map.of("kind", "SECTOR_COMMITTEE",
                "name", "页面行业党委（改）", "memberCount", "30", "federationId", String.valueOf(fx.cityId),
                "secretaryName", "", "foundedOn", "2019-05-04", "remarks", "", "chamberId", ""));
        assertThat(saved.status()).isEqualTo(302);
        var after = cityStaff.get(PATH + "/" + id).json();
        assertThat(after.get("name").asString()).isEqualTo("页面行业党委（改）");
        assertThat(after.get("secretaryName").isNull()).isTrue();
        assertThat(after.get("foundedOn").asString()).isEqualTo("2019-05-04");

        assertThat(fx.postForm(cityStaff, "/party-organisations/" + id + "/delete", Map.of()).status()).isEqualTo(302);
        assertThat(fx.audited("PARTY_ORGANISATION_DELETE", id)).isEqualTo(1);
    }
}
