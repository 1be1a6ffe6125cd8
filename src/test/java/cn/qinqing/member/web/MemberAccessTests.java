package cn.qinqing.member.web;

import static cn.qinqing.member.MemberTestData.enterprise;
import static cn.qinqing.member.MemberTestData.individual;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Data scope (a chamber secretary sees its chamber's members only) and the permission to unmask. */
@IntegrationTest
class MemberAccessTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    Api staff;
    String staffName;
    String secretaryName;
    Api secretary;
    long chamberA;
    long chamberB;
    String token;

    @BeforeEach
    void setUp() {
        staffName = accounts.create("mscope", Role.STAFF);
        staff = accounts.api(staffName);
        token = MemberTestData.unique();
        var data = new MemberTestData(jdbc, federations);
        chamberA = data.chamber("甲商会" + token);
        chamberB = data.chamber("乙商会" + token);
        secretaryName = accounts.createBound("msec", new RoleGrant(Role.CHAMBER_SECRETARY, chamberA, null, null));
        secretary = accounts.api(secretaryName);
    }

    long audits(String action, long memberId, String result, String username) {
        return jdbc.sql("""
                select count(*) from audit_record where action = ? and object_id = ? and result = ? and username = ?""")
                .params(action, String.valueOf(memberId), result, username).query(Long.class).single();
    }

    @Test
    void aChamberSecretarySeesOnlyItsChambersMembersAndOthersAre404() {
        var inA = MemberTestData.register(staff, enterprise("甲会员" + token, MemberTestData.enterpriseCode(), chamberA));
        var inBoth = MemberTestData.register(staff, enterprise("双会员" + token, MemberTestData.enterpriseCode(), chamberA, chamberB));
        var inB = MemberTestData.register(staff, enterprise("乙会员" + token, MemberTestData.enterpriseCode(), chamberB));

        var all = secretary.get("/api/v1/members?size=100").json();
        var filteredToB = secretary.get("/api/v1/members?chamberId=" + chamberB + "&size=100").json();

        var seen = new java.util.ArrayList<Long>();
        all.get("content").forEach(m -> seen.add(m.get("id").asLong()));
        assertThat(seen).contains(inA, inBoth).doesNotContain(inB);
        all.get("content").forEach(m -> assertThat(m.get("chamberIds").toString()).contains(String.valueOf(chamberA)));
        assertThat(filteredToB.get("content")).hasSize(1);
        assertThat(secretary.get("/api/v1/members/" + inA).status()).isEqualTo(200);
        assertThat(secretary.get("/api/v1/members/" + inB).status()).isEqualTo(404);
        assertThat(secretary.get("/api/v1/members/" + inB + "/timeline").status()).isEqualTo(404);
        assertThat(secretary.post("/api/v1/members/" + inB + "/approval", "{}").status()).isEqualTo(404);
        assertThat(secretary.get("/api/v1/members/" + inB + "/personal-data").status()).isEqualTo(404);
        assertThat(staff.get("/api/v1/members/" + inB).status()).isEqualTo(200);
    }

    @Test
    void aChamberSecretaryRegistersAndReviewsForItsOwnChamberOnly() {
        var body = enterprise("秘书登记" + token, MemberTestData.enterpriseCode(), chamberB);

        var created = secretary.post("/api/v1/members", Api.json(body));
        var id = created.json().get("id").asLong();
        var approved = secretary.post("/api/v1/members/" + id + "/approval", "{}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("chamberIds").toString()).isEqualTo("[" + chamberA + "]");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void staffSeeFullPersonalNumbersAndEveryLookIsAudited() {
        var idNumber = MemberTestData.idNumber();
        var mobile = MemberTestData.mobile();
        var id = MemberTestData.register(staff, individual("解密" + token, idNumber, mobile, chamberA));

        var response = staff.get("/api/v1/members/" + id + "/personal-data");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(response.json().get("mobile").asString()).isEqualTo(mobile);
        assertThat(audits("MEMBER_UNMASK", id, "SUCCESS", staffName)).isEqualTo(1);
        var stored = jdbc.sql("select id_number_cipher from member where id = ?").param(id)
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(idNumber);
    }

    @Test
    void aChamberSecretaryMayNotUnmaskAndSeesMaskedValuesEverywhere() {
        var idNumber = MemberTestData.idNumber();
        var mobile = MemberTestData.mobile();
        var id = MemberTestData.register(staff, individual("遮蔽" + token, idNumber, mobile, chamberA));

        var refused = secretary.get("/api/v1/members/" + id + "/personal-data");
        var detail = secretary.get("/api/v1/members/" + id);
        var list = secretary.get("/api/v1/members?chamberId=" + chamberA);
        var web = WebSession.open(accounts.port());
        web.login(secretaryName, TestAccounts.PASSWORD);
        var page = web.get("/members/" + id);
        var unmaskPage = web.postForm("/members/" + id + "/personal-data", Map.of("_csrf", web.csrf("/members/" + id)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(audits("MEMBER_UNMASK", id, "FAILURE", secretaryName)).isEqualTo(2);
        assertThat(detail.body()).doesNotContain(idNumber).doesNotContain(mobile).contains("********");
        assertThat(list.body()).doesNotContain(idNumber).doesNotContain(mobile).contains("****");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(idNumber).doesNotContain(mobile).doesNotContain("id=\"unmask\"");
        assertThat(unmaskPage.status()).isEqualTo(403);
        assertThat(unmaskPage.body()).doesNotContain(idNumber);
    }

    @Test
    void staffUnmaskOnThePageShowsTheFullNumbers() {
        var idNumber = MemberTestData.idNumber();
        var mobile = MemberTestData.mobile();
        var id = MemberTestData.register(staff, individual("页面解密" + token, idNumber, mobile, chamberA));
        var web = WebSession.open(accounts.port());
        web.login(staffName, TestAccounts.PASSWORD);

        var before = web.get("/members/" + id);
        var after = web.postForm("/members/" + id + "/personal-data", Map.of("_csrf", web.csrf("/members/" + id)));

        assertThat(before.body()).contains("id=\"unmask\"").doesNotContain(idNumber);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).contains(idNumber).contains(mobile).contains("已记入审计日志");
        assertThat(audits("MEMBER_UNMASK", id, "SUCCESS", staffName)).isEqualTo(1);
    }

    @Test
    void aSecretaryMayNotKeepPostsOrDues() {
        var id = MemberTestData.active(staff, enterprise("职务权限" + token, MemberTestData.enterpriseCode(), chamberA));

        var post = secretary.post("/api/v1/members/" + id + "/posts", Api.json(Map.of("title", "政协委员", "level", "DISTRICT")));
        var dues = secretary.put("/api/v1/members/" + id + "/dues/2025", Api.json(Map.of("amount", "500")));

        assertThat(post.status()).isEqualTo(403);
        assertThat(dues.status()).isEqualTo(403);
        assertThat(secretary.get("/api/v1/members/" + id + "/posts").status()).isEqualTo(200);
    }
}
