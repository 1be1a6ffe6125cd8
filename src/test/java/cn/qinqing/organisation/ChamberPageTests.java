package cn.qinqing.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The chamber pages over real HTTP (HTTP Basic, which the app accepts for pages too). */
@IntegrationTest
class ChamberPageTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Federations federations;

    ChamberTestData data;
    Api staff;

    @BeforeEach
    void setUp() {
        data = new ChamberTestData(jdbc, encoder, federations);
        staff = as(data.user("STAFF"));
    }

    Api as(String username) {
        return Api.as(port, username, ChamberTestData.PASSWORD);
    }

    Api.Response post(Api api, String path, Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Map<String, String> form(String name, String creditCode) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("kind", "SUBDISTRICT");
        fields.put("creditCode", creditCode);
        fields.put("president", "赵德明");
        fields.put("secretaryGeneral", "孙丽");
        fields.put("memberCount", "36");
        fields.put("foundedOn", "2018-09-01");
        return fields;
    }

    long idOf(String name) {
        return jdbc.sql("select id from chamber where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void theListOffersNewChamberToStaffButNotToViceChairs() {
        var name = "列表商会" + ChamberTestData.unique();
        data.chamber(data.home().id(), name);

        var forStaff = staff.get("/chambers?q=" + ChamberApiTests.enc(name));
        var forViceChair = as(data.user("VICE_CHAIR")).get("/chambers?q=" + ChamberApiTests.enc(name));

        assertThat(forStaff.status()).isEqualTo(200);
        assertThat(forStaff.body()).contains("id=\"new-chamber\"", "新建商会", name, "共 1 条", "行业商会");
        assertThat(forViceChair.status()).isEqualTo(200);
        assertThat(forViceChair.body()).contains(name).doesNotContain("id=\"new-chamber\"");
    }

    @Test
    void theNewFormNamesItsFieldsAfterTheChamberAndHasASaveButton() {
        var page = staff.get("/chambers/new");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"name\"", "name=\"name\"", "id=\"kind\"", "id=\"creditCode\"",
                "id=\"president\"", "id=\"secretaryGeneral\"", "id=\"memberCount\"", "id=\"save\"", "园区/楼宇商会");
    }

    @Test
    void aWrongCreditCodeShowsWhyUnderTheFieldAndKeepsWhatWasTyped() {
        var name = "镇街商会" + ChamberTestData.unique();
        var valid = ChamberTestData.creditCode();
        var wrong = valid.substring(0, 17) + (valid.charAt(17) == 'A' ? 'B' : 'A');

        var page = post(staff, "/chambers", form(name, wrong));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("统一社会信用代码校验位错误，应为 " + valid.charAt(17), "value=\"" + name + "\"",
                "value=\"" + wrong + "\"", "value=\"赵德明\"", "is-invalid");
        assertThat(jdbc.sql("select count(*) from chamber where name = ?").param(name).query(Long.class).single()).isZero();
    }

    @Test
    void everyErrorShowsAtOnceAndAMistypedNumberIsKept() {
        var fields = form("", "91350100M000100Y4");
        fields.put("memberCount", "三十");

        var page = post(staff, "/chambers", fields);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("请填写商会名称", "统一社会信用代码应为 18 位，当前为 17 位", "会员数量应为整数",
                "value=\"三十\"");
    }

    @Test
    void savingAValidFormOpensTheChamberWithItsOfficersAndChecklist() {
        var name = "六合街道商会" + ChamberTestData.unique();

        var saved = post(staff, "/chambers", form(name, ChamberTestData.creditCode()));
        var id = idOf(name);
        var detail = staff.get("/chambers/" + id);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains(name, "镇街商会", "赵德明", "孙丽", "有牌子", "有班子", "有场所", "有经费", "有活动",
                "0/5", "社会团体", "id=\"five-has-form\"", "id=\"assessment-form\"");
    }

    @Test
    void editingChangesTheChamberAndDeletingRemovesIt() {
        var name = "编辑商会" + ChamberTestData.unique();
        var id = data.chamber(data.home().id(), name);
        var edit = staff.get("/chambers/" + id + "/edit");
        var fields = form(name + "新", ChamberTestData.creditCode());

        var updated = post(staff, "/chambers/" + id + "/edit", fields);
        var deleted = post(staff, "/chambers/" + id + "/delete", Map.of());

        assertThat(edit.body()).contains("value=\"" + name + "\"", "id=\"save\"");
        assertThat(updated.status()).isEqualTo(302);
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from chamber where id = ?").param(id).query(Long.class).single()).isZero();
        var actions = jdbc.sql("select action from audit_record where object_type = 'CHAMBER' and object_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list();
        assertThat(actions).containsExactly("CHAMBER_UPDATE", "CHAMBER_DELETE");
    }

    @Test
    void aChamberSecretaryKeepsItsChecklistAndMeetsNotFoundElsewhere() {
        var own = data.chamber(data.home().id(), "秘书长商会" + ChamberTestData.unique());
        var other = data.chamber(data.home().id(), "他会" + ChamberTestData.unique());
        var secretary = as(data.user("CHAMBER_SECRETARY", own, data.home().id()));
        var checklist = new LinkedHashMap<String, String>();
        String[] items = {"SIGN", "TEAM", "OFFICE", "FUNDS", "ACTIVITIES"};
        for (int i = 0; i < items.length; i++) {
            checklist.put("items[" + i + "].item", items[i]);
            checklist.put("_items[" + i + "].met", "on");
        }
        checklist.put("items[1].met", "true");
        checklist.put("items[1].evidence", "理事会 9 人");

        var saved = post(secretary, "/chambers/" + own + "/five-has", checklist);

        assertThat(saved.status()).isEqualTo(302);
        var met = jdbc.sql("select item from chamber_five_has where chamber_id = ? and met").param(own)
                .query(String.class).list();
        assertThat(met).containsExactly("TEAM");
        assertThat(secretary.get("/chambers/" + own).body()).contains("理事会 9 人", "1/5").doesNotContain("id=\"edit-chamber\"");
        assertThat(secretary.get("/chambers/" + other).status()).isEqualTo(404);
        assertThat(post(secretary, "/chambers/" + other + "/five-has", checklist).status()).isEqualTo(404);
        assertThat(secretary.get("/chambers/new").status()).isEqualTo(403);
    }

    @Test
    void aBadAssessmentIsShownOnTheChamberPageAndAGoodOneIsListed() {
        var id = data.chamber(data.home().id(), "自评页面商会" + ChamberTestData.unique());
        var bad = Map.of("year", "2024", "level", "MET", "score", "200", "assessedOn", "2025-01-05");
        var good = Map.of("year", "2024", "level", "PARTLY_MET", "score", "80", "assessedOn", "2025-01-05",
                "summary", "经费尚未落实");

        var rejected = post(staff, "/chambers/" + id + "/assessments", bad);
        var accepted = post(staff, "/chambers/" + id + "/assessments", good);

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("得分应在 0 到 100 之间", "value=\"200\"");
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(staff.get("/chambers/" + id).body()).contains("基本达标", "经费尚未落实");
    }

    @Test
    void unknownChambersAre404AndAdministratorsAreRefused() {
        assertThat(staff.get("/chambers/" + Long.MAX_VALUE).status()).isEqualTo(404);
        assertThat(as(data.user("SYSTEM_ADMIN")).get("/chambers").status()).isEqualTo(403);
    }
}
