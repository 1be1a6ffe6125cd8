package cn.qinqing.legalaid;

import static cn.qinqing.legalaid.LegalAidWorld.lawyer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LegalAidPanelPageTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;

    LegalAidWorld world;
    Api staff;

    @BeforeEach
    void setUp() {
        world = new LegalAidWorld(jdbc, accounts);
        staff = world.user(world.districtId, Role.STAFF);
    }

    @Test
    void theListShowsMaskedMobilesSpecialitiesAndFilters() {
        var id = world.create(staff, lawyer(world.districtId, "页面律师", "15012345678", "INTELLECTUAL_PROPERTY"));
        var page = staff.get("/legal-aid?kind=LAWYER");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("法律服务团", "页面律师", "150****5678", "知识产权", "山东黄河口律师事务所",
                        "/legal-aid/panel/" + id, "共 1 条")
                .doesNotContain("15012345678");
        assertThat(staff.get("/legal-aid?kind=MEDIATOR").body()).doesNotContain("页面律师").contains("暂无成员");
        assertThat(staff.get("/legal-aid?kind=NOT_A_KIND").status()).as("a malformed filter is ignored").isEqualTo(200);
    }

    @Test
    void theMemberPageShowsTheFullMobileOnlyAfterAnAuditedRequest() {
        var id = world.create(staff, lawyer(world.districtId, "详情律师", "15112345678"));
        var detail = staff.get("/legal-aid/panel/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("详情律师", "151****5678", "显示完整号码").doesNotContain("15112345678");
        var shown = world.postForm(staff, "/legal-aid/panel/" + id + "/mobile");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("15112345678");
        assertThat(world.audited("LEGAL_AID_PANEL_UNMASK", id)).isEqualTo(1);
    }

    @Test
    void anInvalidFormKeepsWhatWasTypedAndShowsChineseMessages() {
        assertThat(staff.get("/legal-aid/panel/new").body()).contains("id=\"save\"", "律师执业证号", "拖欠账款");
        var licence = LegalAidWorld.licence();
        var invalid = world.postForm(staff, "/legal-aid/panel", "federationId", String.valueOf(world.districtId),
                "kind", "LAWYER", "name", "保留姓名", "organisation", "保留律所", "licenceNumber", "12345",
                "specialities", "FINANCING", "specialities", "LABOUR_DISPUTE", "_specialities", "on",
                "mobile", "1381234", "_active", "on", "active", "true");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("value=\"保留姓名\"", "value=\"保留律所\"", "value=\"12345\"",
                "value=\"1381234\"", "律师执业证号应为 17 位数字", "手机号应为 11 位数字，以 13-19 开头");
        assertThat(invalid.body()).containsPattern("value=\"FINANCING\"[^>]*checked")
                .containsPattern("value=\"LABOUR_DISPUTE\"[^>]*checked");
        assertThat(invalid.body()).doesNotContainPattern("value=\"OTHER\"[^>]*checked");
        var missing = world.postForm(staff, "/legal-aid/panel", "federationId", String.valueOf(world.districtId),
                "kind", "", "name", "", "organisation", "", "licenceNumber", "", "_specialities", "on", "mobile", "");
        assertThat(missing.body()).contains("请选择类别：律师或人民调解员", "请填写姓名", "请至少选择一项擅长领域", "请填写手机号");
        assertThat(world.panelMembers(world.districtId)).isZero();

        var saved = world.postForm(staff, "/legal-aid/panel", "federationId", String.valueOf(world.districtId),
                "kind", "LAWYER", "name", "表单律师", "organisation", "表单律所", "licenceNumber", licence,
                "specialities", "POLICY_ADVICE", "_specialities", "on", "mobile", "13812345678",
                "_active", "on", "active", "true");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).contains("/legal-aid/panel/");
        assertThat(world.panelMembers(world.districtId)).isEqualTo(1);
    }

    @Test
    void theEditFormNeverShowsTheMobileAndABlankOneKeepsIt() {
        var id = world.create(staff, lawyer(world.districtId, "编辑律师", "15212345678"));
        var form = staff.get("/legal-aid/panel/" + id + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"编辑律师\"", "留空则保留原号码 152****5678").doesNotContain("15212345678");
        var licence = jdbc.sql("select licence_number from legal_aid_panel_member where id = ?").param(id)
                .query(String.class).single();
        var changed = world.postForm(staff, "/legal-aid/panel/" + id, "federationId", String.valueOf(world.districtId),
                "kind", "LAWYER", "name", "编辑律师", "organisation", "新律所", "licenceNumber", licence,
                "specialities", "OTHER", "_specialities", "on", "mobile", "", "_active", "on");
        assertThat(changed.status()).isEqualTo(302);
        var after = staff.get(LegalAidWorld.PANEL + "/" + id).json();
        assertThat(after.get("organisation").asString()).isEqualTo("新律所");
        assertThat(after.get("mobileMasked").asString()).isEqualTo("152****5678");
        assertThat(after.get("active").asBoolean()).as("the unchecked box").isFalse();
    }

    @Test
    void aPanelMemberOutsideTheScopeIsNotFoundOnEveryPage() {
        var cityStaff = world.user(world.cityId, Role.STAFF);
        var id = world.create(cityStaff, lawyer(world.cityId, "上级律师", "13812345678"));
        assertThat(staff.get("/legal-aid/panel/" + id).status()).isEqualTo(404);
        assertThat(staff.get("/legal-aid/panel/" + id + "/edit").status()).isEqualTo(404);
        assertThat(world.postForm(staff, "/legal-aid/panel/" + id + "/mobile").status()).isEqualTo(404);
        assertThat(world.postForm(staff, "/legal-aid/panel/" + id, "name", "改名").status()).isEqualTo(404);
        assertThat(staff.get("/legal-aid").body()).doesNotContain("上级律师");
        assertThat(world.audited("LEGAL_AID_PANEL_UNMASK", id)).isZero();
    }
}
