package cn.qinqing.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.support.Api;
import cn.qinqing.support.TestAccounts;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts, members, chambers and departments of their own for each appeal test (tests share one
 * database), and the JSON of a case.
 */
final class AppealFixture {

    final TestAccounts accounts;
    final JdbcClient jdbc;
    final Federations federations;
    final MemberTestData members;
    final String token = MemberTestData.unique();
    final String staffName;
    final Api staff;

    AppealFixture(TestAccounts accounts, JdbcClient jdbc, Federations federations) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.federations = federations;
        this.members = new MemberTestData(jdbc, federations);
        this.staffName = accounts.create("astaff", Role.STAFF);
        this.staff = accounts.api(staffName);
    }

    long chamber(String name) {
        return members.chamber(name + token);
    }

    /** A member firm of the home federation in these chambers. */
    long member(String name, Long... chambers) {
        return MemberTestData.register(staff, MemberTestData.enterprise(name + token, MemberTestData.enterpriseCode(),
                chambers));
    }

    long department(String name) {
        return jdbc.sql("insert into department (federation_id, name, kind) values (?, ?, 'MARKET_REGULATION') returning id")
                .params(federations.home().id(), name + token).query(Long.class).single();
    }

    Api memberAccount(long memberId) {
        return accounts.api(accounts.createBound("amember", new RoleGrant(Role.MEMBER, null, memberId, null)));
    }

    Api liaison(long departmentId) {
        return accounts.api(accounts.createBound("aliaison", new RoleGrant(Role.DEPARTMENT_LIAISON, null, null, departmentId)));
    }

    Api secretary(long chamberId) {
        return accounts.api(accounts.createBound("asec", new RoleGrant(Role.CHAMBER_SECRETARY, chamberId, null, null)));
    }

    Api leader() {
        return accounts.api(accounts.create("aleader", Role.LEADER));
    }

    /** Staff of a district federation beside the home one (same city): it sees none of the home cases. */
    Api staffOfAnotherFederation() {
        var home = federations.home();
        var parent = federations.byId(home.parentId()).orElseThrow();
        Long id = null;
        while (id == null) {
            var code = "4%05d".formatted(ThreadLocalRandom.current().nextInt(100_000));
            id = jdbc.sql("""
                    insert into federation (name, level, region_code, parent_id, path) values (?, 'DISTRICT', ?, ?, '')
                    on conflict (region_code) do nothing returning id""")
                    .params("邻区工商联" + token, code, parent.id()).query(Long.class).optional().orElse(null);
        }
        jdbc.sql("update federation set path = ? where id = ?").params(parent.path() + id + "/", id).update();
        var name = accounts.create("aother", Role.STAFF);
        jdbc.sql("update app_user set federation_id = ? where username = ?").params(id, name).update();
        return accounts.api(name);
    }

    static Map<String, Object> caseBody(String category, String subject, String title) {
        var body = new HashMap<String, Object>();
        body.put("category", category);
        body.put("subject", subject);
        body.put("title", title);
        body.put("content", "我公司为某工程项目供货，货款 38 万元逾期一年未付，多次催要无果，请求协调。");
        return body;
    }

    /** Files the case as this client; returns its id. */
    static long file(Api api, Map<String, Object> body) {
        var response = api.post("/api/v1/appeals", Api.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** Takes a workflow step and expects it to succeed; returns the case after it. */
    static tools.jackson.databind.JsonNode step(Api api, long id, String step, Map<String, Object> body) {
        var response = api.post("/api/v1/appeals/" + id + "/" + step, Api.json(body));
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
        return response.json();
    }
}
