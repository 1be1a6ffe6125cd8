package cn.qinqing.member.web;

import static cn.qinqing.member.MemberTestData.enterprise;
import static cn.qinqing.member.MemberTestData.individual;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The member API's contract: shapes, masking, bad input as 400 with field errors, 404 and 403. */
@IntegrationTest
class MemberApiTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    Api staff;
    MemberTestData data;
    String token;
    long chamber;

    @BeforeEach
    void setUp() {
        staff = accounts.api(accounts.create("mstaff", Role.STAFF));
        data = new MemberTestData(jdbc, federations);
        token = MemberTestData.unique();
        chamber = data.chamber("接口测试商会" + token);
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    static java.util.List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void listItemsCarryTheAgreedFieldsWithMaskedPersonalNumbers() {
        var mobile = MemberTestData.mobile();
        var id = MemberTestData.idNumber(LocalDate.of(1980, 5, 6), true);
        MemberTestData.register(staff, individual("接口个人" + token, id, mobile, chamber));
        var code = MemberTestData.enterpriseCode();
        MemberTestData.register(staff, enterprise("接口企业" + token, code, chamber));

        var response = staff.get("/api/v1/members?chamberId=" + chamber + "&sort=NAME&size=10");

        assertThat(response.status()).isEqualTo(200);
        var body = response.json();
        assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(body.get("page").get("size").asInt()).isEqualTo(10);
        var person = find(body, "接口个人" + token);
        for (var field : new String[] {"id", "type", "name", "creditCode", "kind", "local", "highTech", "status",
                "joinedOn", "mobile", "idNumber", "memberNumber", "industry", "size", "chamberIds"}) {
            assertThat(person.has(field)).as(field).isTrue();
        }
        assertThat(person.get("type").asString()).isEqualTo("INDIVIDUAL");
        assertThat(person.get("status").asString()).isEqualTo("APPLIED");
        assertThat(person.get("idNumber").asString()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(person.get("mobile").asString()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(response.body()).doesNotContain(id).doesNotContain(mobile);
        var detail = staff.get("/api/v1/members/" + person.get("id").asLong());
        assertThat(detail.json().get("birthYear").asInt()).isEqualTo(1980);
        assertThat(detail.json().get("male").asBoolean()).isTrue();
        assertThat(detail.body()).as("the birth date would complete the masked ID number")
                .doesNotContain("1980-05-06").doesNotContain(id).doesNotContain(mobile);
        var firm = find(body, "接口企业" + token);
        assertThat(firm.get("creditCode").asString()).isEqualTo(code);
        assertThat(firm.get("kind").asString()).isEqualTo("PRIVATE_ENTERPRISE");
        assertThat(firm.get("local").asBoolean()).isTrue();
        assertThat(firm.get("chamberIds").get(0).asLong()).isEqualTo(chamber);
    }

    @Test
    void registeringAnswers201WithTheLocationAndTheMaskedMember() {
        var code = MemberTestData.creditCode("92370502");
        var body = enterprise("个体户" + token, code.toLowerCase(), chamber);

        var response = staff.post("/api/v1/members", Api.json(body));

        assertThat(response.status()).isEqualTo(201);
        var member = response.json();
        assertThat(response.header("Location")).isEqualTo("/api/v1/members/" + member.get("id").asLong());
        assertThat(member.get("creditCode").asString()).isEqualTo(code);
        assertThat(member.get("kind").asString()).isEqualTo("INDIVIDUAL_BUSINESS");
        assertThat(member.get("local").asBoolean()).as("registered in 东营区, not 河口区").isFalse();
        assertThat(member.get("mobile").asString()).contains("****");
        var audited = jdbc.sql("select count(*) from audit_record where action = 'MEMBER_REGISTER' and object_id = ?")
                .param(member.get("id").asString()).query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void updatingChangesTheDetailsAndKeepsThemMasked() {
        var id = MemberTestData.register(staff, enterprise("修改前" + token, MemberTestData.enterpriseCode(), chamber));
        var body = enterprise("修改后" + token, MemberTestData.enterpriseCode(), chamber);
        body.put("highTech", true);
        body.put("industry", "信息传输、软件和信息技术服务业");

        var response = staff.put("/api/v1/members/" + id, Api.json(body));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("name").asString()).isEqualTo("修改后" + token);
        assertThat(response.json().get("highTech").asBoolean()).isTrue();
        assertThat(response.json().get("industry").asString()).isEqualTo("I");
        assertThat(staff.get("/api/v1/members/" + id).json().get("name").asString()).isEqualTo("修改后" + token);
    }

    @Test
    void unknownEnumValuesAndBadDatesAre400WithFieldErrors() {
        var body = enterprise("坏输入" + token, MemberTestData.enterpriseCode(), chamber);
        body.put("kind", "STATE_OWNED");
        body.put("size", "HUGE");
        body.put("industry", "Z");
        body.put("joinedOn", "2025-02-30");

        var response = staff.post("/api/v1/members", Api.json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response.json())).containsExactlyInAnyOrder("kind", "size", "industry", "joinedOn");
        assertThat(response.body()).contains("日期格式不正确");
        var badType = new HashMap<>(body);
        badType.put("type", "COMPANY");
        assertThat(fields(staff.post("/api/v1/members", Api.json(badType)).json())).contains("type");
        assertThat(staff.get("/api/v1/members?status=SLEEPING&local=maybe").json().toString())
                .contains("status").contains("local");
        assertThat(jdbc.sql("select count(*) from member where name = ?").param("坏输入" + token)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aKindThatContradictsTheCodeIs400SayingWhy() {
        var body = enterprise("矛盾" + token, MemberTestData.creditCode("92370503"), chamber);
        body.put("kind", "PRIVATE_ENTERPRISE");

        var response = staff.post("/api/v1/members", Api.json(body));

        assertThat(response.status()).isEqualTo(400);
        var error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("kind");
        assertThat(error.get("message").asString()).isEqualTo("信用代码第 1-2 位为 92，不是企业（91），不能登记为私营企业");
    }

    @Test
    void aFifteenDigitIdNumberIsRefused() {
        var response = staff.post("/api/v1/members",
                Api.json(individual("旧证" + token, "370503850214003", MemberTestData.mobile(), chamber)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).containsExactly("idNumber");
        assertThat(response.body()).contains("15 位");
    }

    @Test
    void aCodeAlreadyOnTheRollIsADuplicate() {
        var code = MemberTestData.enterpriseCode();
        MemberTestData.register(staff, enterprise("原有" + token, code, chamber));

        var response = staff.post("/api/v1/members", Api.json(enterprise("重复" + token, code, chamber)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).containsExactly("creditCode");
        assertThat(response.body()).contains("已在会员名册中");
    }

    @Test
    void unknownIdsAre404AndPagingLimitsAre400() {
        assertThat(staff.get("/api/v1/members/999999999").status()).isEqualTo(404);
        assertThat(staff.put("/api/v1/members/999999999", Api.json(enterprise("无", CreditCode.fromPrefix(
                "91370503MA3C00011").value()))).status()).isEqualTo(404);
        assertThat(staff.post("/api/v1/members/999999999/approval", "{}").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/members/999999999/timeline").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/members?size=101").status()).isEqualTo(400);
        assertThat(staff.get("/api/v1/members?page=-1").status()).isEqualTo(400);
    }

    @Test
    void administratorsAre403AndViceChairsReadButDoNotWrite() {
        var id = MemberTestData.register(staff, enterprise("权限" + token, MemberTestData.enterpriseCode(), chamber));
        var viceChair = accounts.api(accounts.create("mvice", Role.VICE_CHAIR));

        for (var admin : new Api[] {accounts.sysadmin(), accounts.secadmin(), accounts.auditadmin()}) {
            assertThat(admin.get("/api/v1/members").status()).isEqualTo(403);
            assertThat(admin.get("/api/v1/members/" + id).status()).isEqualTo(403);
            assertThat(admin.post("/api/v1/members/" + id + "/approval", "{}").status()).isEqualTo(403);
        }
        assertThat(viceChair.get("/api/v1/members/" + id).status()).isEqualTo(200);
        assertThat(viceChair.post("/api/v1/members/" + id + "/approval", "{}").status()).isEqualTo(403);
        assertThat(viceChair.post("/api/v1/members", Api.json(enterprise("副主席" + token,
                MemberTestData.enterpriseCode()))).status()).isEqualTo(403);
        assertThat(Api.anonymous(accounts.port()).get("/api/v1/members").status()).isEqualTo(401);
    }

    private static JsonNode find(JsonNode page, String name) {
        for (var item : page.get("content")) {
            if (item.get("name").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no member named " + name);
    }
}
