package cn.qinqing.legalaid;

import static cn.qinqing.legalaid.LegalAidWorld.PANEL;
import static cn.qinqing.legalaid.LegalAidWorld.error;
import static cn.qinqing.legalaid.LegalAidWorld.lawyer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LegalAidPanelApiTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;

    LegalAidWorld world;
    Api cityStaff;
    Api districtStaff;

    @BeforeEach
    void setUp() {
        world = new LegalAidWorld(jdbc, accounts);
        cityStaff = world.user(world.cityId, Role.STAFF);
        districtStaff = world.user(world.districtId, Role.STAFF);
    }

    @Test
    void aLawyerIsRegisteredReadAndChangedWithTheMobileEncryptedAndEveryChangeAudited() {
        var body = lawyer(world.cityId, "王建国", "138 1234 5678", "UNPAID_DEBTS", "CONTRACT_DISPUTE");
        var created = cityStaff.post(PANEL, Api.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith(PANEL + "/" + id);
        assertThat(created.json().get("kind").asString()).isEqualTo("LAWYER");
        assertThat(created.json().get("licenceNumber").asString()).isEqualTo(body.get("licenceNumber"));
        assertThat(created.json().get("mobileMasked").asString()).isEqualTo("138****5678");
        assertThat(created.json().get("specialities").valueStream().map(s -> s.asString()))
                .containsExactly("UNPAID_DEBTS", "CONTRACT_DISPUTE");
        assertThat(created.body()).doesNotContain("13812345678");
        var stored = jdbc.sql("select mobile_cipher from legal_aid_panel_member where id = ?").param(id)
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("13812345678");

        var change = new HashMap<>(body);
        change.put("mobile", "");
        change.put("specialities", List.of("LABOUR_DISPUTE"));
        change.put("active", false);
        var updated = cityStaff.put(PANEL + "/" + id, Api.json(change));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("mobileMasked").asString()).as("a blank mobile keeps the number")
                .isEqualTo("138****5678");
        assertThat(updated.json().get("active").asBoolean()).isFalse();
        assertThat(cityStaff.get(PANEL + "/" + id).json().get("specialities").valueStream().map(s -> s.asString()))
                .containsExactly("LABOUR_DISPUTE");

        change.put("mobile", "13911112222");
        assertThat(cityStaff.put(PANEL + "/" + id, Api.json(change)).json().get("mobileMasked").asString())
                .isEqualTo("139****2222");
        assertThat(world.audited("LEGAL_AID_PANEL_CREATE", id)).isEqualTo(1);
        assertThat(world.audited("LEGAL_AID_PANEL_UPDATE", id)).isEqualTo(2);
    }

    @Test
    void theFullMobileIsShownOnlyOnRequestAndEachLookIsAudited() {
        var id = world.create(cityStaff, lawyer(world.cityId, "赵律师", "13612345678"));
        var list = cityStaff.get(PANEL + "?size=100");
        assertThat(list.body()).contains("136****5678").doesNotContain("13612345678");
        assertThat(cityStaff.get(PANEL + "/" + id).body()).doesNotContain("13612345678");
        var full = cityStaff.get(PANEL + "/" + id + "/mobile");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.json().get("mobile").asString()).isEqualTo("13612345678");
        assertThat(world.audited("LEGAL_AID_PANEL_UNMASK", id)).isEqualTo(1);
        assertThat(districtStaff.get(PANEL + "/" + id + "/mobile").status()).isEqualTo(404);
        assertThat(world.audited("LEGAL_AID_PANEL_UNMASK", id)).isEqualTo(1);
    }

    @Test
    void missingAndMalformedFieldsAnswer400WithChineseMessagesAndStoreNothing() {
        var empty = new HashMap<String, Object>();
        empty.put("federationId", world.cityId);
        var response = cityStaff.post(PANEL, Api.json(empty));
        assertThat(response.status()).isEqualTo(400);
        var problem = response.json();
        assertThat(error(problem, "kind")).isEqualTo("请选择类别：律师或人民调解员");
        assertThat(error(problem, "name")).isEqualTo("请填写姓名");
        assertThat(error(problem, "organisation")).isEqualTo("请填写所在律师事务所");
        assertThat(error(problem, "specialities")).isEqualTo("请至少选择一项擅长领域");
        assertThat(error(problem, "mobile")).isEqualTo("请填写手机号");

        var noLicence = lawyer(world.cityId, "钱律师", "13812345678");
        noLicence.put("licenceNumber", null);
        assertThat(error(cityStaff.post(PANEL, Api.json(noLicence)).json(), "licenceNumber"))
                .isEqualTo("律师须填写律师执业证号");
        var shortLicence = lawyer(world.cityId, "孙律师", "13812345678");
        shortLicence.put("licenceNumber", "1370120151012345");
        assertThat(error(cityStaff.post(PANEL, Api.json(shortLicence)).json(), "licenceNumber"))
                .isEqualTo("律师执业证号应为 17 位数字");
        var letters = lawyer(world.cityId, "周律师", "13812345678");
        letters.put("licenceNumber", "1370120151012345X");
        assertThat(error(cityStaff.post(PANEL, Api.json(letters)).json(), "licenceNumber"))
                .isEqualTo("律师执业证号应为 17 位数字");
        var badMobile = cityStaff.post(PANEL, Api.json(lawyer(world.cityId, "吴律师", "1281234567")));
        assertThat(badMobile.status()).isEqualTo(400);
        assertThat(error(badMobile.json(), "mobile")).isEqualTo("手机号应为 11 位数字，以 13-19 开头");
        var longName = cityStaff.post(PANEL, Api.json(lawyer(world.cityId, "名".repeat(51), "13812345678")));
        assertThat(error(longName.json(), "name")).isEqualTo("姓名不能超过 50 个字符");
        var badKind = lawyer(world.cityId, "郑律师", "13812345678");
        badKind.put("kind", "JUDGE");
        assertThat(cityStaff.post(PANEL, Api.json(badKind)).status()).isEqualTo(400);
        assertThat(world.panelMembers(world.cityId)).isZero();
    }

    @Test
    void aLicenceNumberIsRegisteredOncePerFederation() {
        var first = lawyer(world.cityId, "冯律师", "13812345678");
        world.create(cityStaff, first);
        var twice = lawyer(world.cityId, "陈律师", "13912345678");
        twice.put("licenceNumber", first.get("licenceNumber"));
        var response = cityStaff.post(PANEL, Api.json(twice));
        assertThat(response.status()).isEqualTo(400);
        assertThat(error(response.json(), "licenceNumber")).isEqualTo("本工商联已登记执业证号为 " + first.get("licenceNumber") + " 的成员");
        twice.put("federationId", world.districtId);
        assertThat(cityStaff.post(PANEL, Api.json(twice)).status()).as("another federation's panel").isEqualTo(201);
    }

    @Test
    void aMediatorMayServeAChamberUnderItsFederationOnly() {
        var chamber = world.chamber(world.districtId);
        var mediator = new HashMap<String, Object>();
        mediator.put("kind", "MEDIATOR");
        mediator.put("name", "褚调解");
        mediator.put("organisation", "区商会人民调解委员会");
        mediator.put("chamberId", chamber);
        mediator.put("specialities", List.of("UNPAID_DEBTS"));
        mediator.put("mobile", "13712345678");
        var created = districtStaff.post(PANEL, Api.json(mediator));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("federationId").asLong()).as("the caller's own by default").isEqualTo(world.districtId);
        assertThat(created.json().get("chamberId").asLong()).isEqualTo(chamber);
        assertThat(created.json().get("chamberName").asString()).startsWith("法援测试商会-");
        assertThat(created.json().get("licenceNumber").isNull()).isTrue();

        mediator.put("chamberId", world.chamber(world.cityId));
        var parentsChamber = districtStaff.post(PANEL, Api.json(mediator));
        assertThat(parentsChamber.status()).isEqualTo(400);
        assertThat(error(parentsChamber.json(), "chamberId")).isEqualTo("商会不存在，或不属于所选工商联及其下级工商联");
        var asLawyer = lawyer(world.districtId, "卫律师", "13812345678");
        asLawyer.put("chamberId", chamber);
        assertThat(error(districtStaff.post(PANEL, Api.json(asLawyer)).json(), "chamberId"))
                .isEqualTo("只有人民调解员可以关联商会人民调解委员会");
    }

    @Test
    void staffSeeTheirFederationsSubtreeAndAParentsPanelMemberIsNotFound() {
        var cityLawyer = world.create(cityStaff, lawyer(world.cityId, "蒋律师", "13812345678"));
        var districtLawyer = world.create(districtStaff, lawyer(world.districtId, "沈律师", "13812345678"));
        assertThat(cityStaff.get(PANEL + "/" + districtLawyer).status()).isEqualTo(200);
        assertThat(districtStaff.get(PANEL + "/" + cityLawyer).status()).isEqualTo(404);
        assertThat(districtStaff.put(PANEL + "/" + cityLawyer, Api.json(lawyer(world.districtId, "改", "13812345678")))
                .status()).isEqualTo(404);
        assertThat(districtStaff.get("/legal-aid/panel/" + cityLawyer).status()).isEqualTo(404);
        assertThat(districtStaff.get(PANEL + "/999999999").status()).isEqualTo(404);
        var districtList = districtStaff.get(PANEL + "?size=100").json().get("content");
        assertThat(districtList.valueStream().map(m -> m.get("id").asLong())).contains(districtLawyer)
                .doesNotContain(cityLawyer);
        var cityList = cityStaff.get(PANEL + "?size=100").json().get("content");
        assertThat(cityList.valueStream().map(m -> m.get("id").asLong())).contains(cityLawyer, districtLawyer);
        var intoParent = districtStaff.post(PANEL, Api.json(lawyer(world.cityId, "越级", "13812345678")));
        assertThat(intoParent.status()).isEqualTo(400);
        assertThat(error(intoParent.json(), "federationId")).isEqualTo("所属工商联不存在或不在您的管辖范围内");
    }

    @Test
    void theListIsFilteredByKindSpecialityActivityAndName() {
        var leader = world.user(world.districtId, Role.LEADER);
        world.create(leader, lawyer(world.districtId, "韩律师", "13812345678", "FINANCING"));
        var inactive = lawyer(world.districtId, "杨律师", "13812345678", "FINANCING", "INTELLECTUAL_PROPERTY");
        inactive.put("active", false);
        world.create(leader, inactive);
        var mediator = lawyer(world.districtId, "朱调解", "13812345678", "LABOUR_DISPUTE");
        mediator.put("kind", "MEDIATOR");
        mediator.put("organisation", "区劳动争议人民调解委员会");
        world.create(leader, mediator);

        assertThat(names(leader, "")).containsExactlyInAnyOrder("韩律师", "杨律师", "朱调解");
        assertThat(names(leader, "kind=MEDIATOR")).containsExactly("朱调解");
        assertThat(names(leader, "speciality=FINANCING")).containsExactlyInAnyOrder("韩律师", "杨律师");
        assertThat(names(leader, "speciality=FINANCING&active=true")).containsExactly("韩律师");
        assertThat(names(leader, "active=false")).containsExactly("杨律师");
        assertThat(names(leader, "name=%E5%8A%B3%E5%8A%A8")).containsExactly("朱调解"); // 劳动, in the organisation
        var paged = leader.get(PANEL + "?size=2").json();
        assertThat(paged.get("content").size()).isEqualTo(2);
        assertThat(paged.get("page").get("totalElements").asLong()).isEqualTo(3);
    }

    private List<String> names(Api api, String query) {
        var response = api.get(PANEL + "?size=100&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("content").valueStream().map(m -> m.get("name").asString()).toList();
    }

    @Test
    void administratorsAndOtherRolesAreRefused() {
        var id = world.create(cityStaff, lawyer(world.cityId, "秦律师", "13812345678"));
        var others = new java.util.ArrayList<Api>(List.of(accounts.sysadmin(), accounts.secadmin(), accounts.auditadmin(),
                world.user(world.cityId, Role.VICE_CHAIR),
                world.user(world.cityId, new RoleGrant(Role.CHAMBER_SECRETARY, world.chamber(world.cityId), null, null))));
        for (var other : others) {
            assertThat(other.get(PANEL).status()).isEqualTo(403);
            assertThat(other.get(PANEL + "/" + id).status()).isEqualTo(403);
            assertThat(other.get(PANEL + "/" + id + "/mobile").status()).isEqualTo(403);
            assertThat(other.post(PANEL, Api.json(lawyer(world.cityId, "无权", "13812345678"))).status()).isEqualTo(403);
            assertThat(other.put(PANEL + "/" + id, Api.json(lawyer(world.cityId, "无权", "13812345678"))).status())
                    .isEqualTo(403);
            assertThat(other.get("/legal-aid").status()).isEqualTo(403);
        }
        assertThat(world.panelMembers(world.cityId)).isEqualTo(1);
        assertThat(world.audited("LEGAL_AID_PANEL_UNMASK", id)).isZero();
    }
}
