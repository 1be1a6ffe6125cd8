package cn.qinqing.legalaid;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.support.Api;
import cn.qinqing.support.TestAccounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of its own for each test: a fresh city federation under Shandong with a district below
 * it, accounts made by {@link TestAccounts} and moved into them, and panel members with unique
 * licence numbers; so tests neither depend on nor disturb each other.
 */
final class LegalAidWorld {

    static final String PANEL = "/api/v1/legal-aid/panel";
    private static final Random RANDOM = new Random();

    final JdbcClient jdbc;
    final TestAccounts accounts;
    final long cityId;
    final long districtId;

    LegalAidWorld(JdbcClient jdbc, TestAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        long province = jdbc.sql("select id from federation where region_code = '370000'").query(Long.class).single();
        var cityCode = freeCode(() -> String.format("37%02d00", 20 + RANDOM.nextInt(80)));
        cityId = federation("法援测试市工商联" + cityCode, "CITY", cityCode, province);
        var districtCode = freeCode(() -> cityCode.substring(0, 4) + String.format("%02d", 1 + RANDOM.nextInt(99)));
        districtId = federation("法援测试区工商联" + districtCode, "DISTRICT", districtCode, cityId);
    }

    private String freeCode(java.util.function.Supplier<String> generator) {
        for (int i = 0; i < 500; i++) {
            var code = generator.get();
            if (jdbc.sql("select count(*) from federation where region_code = ?").param(code).query(Long.class).single() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free region code");
    }

    private long federation(String name, String level, String code, long parentId) {
        var parentPath = jdbc.sql("select path from federation where id = ?").param(parentId).query(String.class).single();
        var id = jdbc.sql("insert into federation (name, level, region_code, parent_id, path) values (?, ?, ?, ?, '') returning id")
                .params(name, level, code, parentId).query(Long.class).single();
        jdbc.sql("update federation set path = ? where id = ?").params(parentPath + id + "/", id).update();
        return id;
    }

    /** A second district under the same city: a neighbour that sees none of the first district's data. */
    long otherDistrict() {
        var cityCode = jdbc.sql("select region_code from federation where id = ?").param(cityId).query(String.class).single();
        var code = freeCode(() -> cityCode.substring(0, 4) + String.format("%02d", 1 + RANDOM.nextInt(99)));
        return federation("法援邻区工商联" + code, "DISTRICT", code, cityId);
    }

    /** Registers a case by phone as this staff account (in its own federation); returns its id. */
    long fileCase(Api staff) {
        var body = new HashMap<String, Object>();
        body.put("category", "COMPLAINT");
        body.put("subject", "ARREARS");
        body.put("title", "工程款拖欠" + UUID.randomUUID().toString().substring(0, 6));
        body.put("content", "我公司为某工程项目供货，货款 38 万元逾期一年未付，多次催要无果，请求法律帮助。");
        body.put("channel", "PHONE");
        body.put("submitterName", "李经理");
        body.put("submitterCompany", "法援测试商贸有限公司");
        body.put("contactMobile", "13912345678");
        var response = staff.post("/api/v1/appeals", Api.json(body));
        if (response.status() != 201) {
            throw new AssertionError("filing failed: " + response.status() + " " + response.body());
        }
        return response.json().get("id").asLong();
    }

    /** A case registered and accepted by this staff account; returns its id. */
    long acceptedCase(Api staff) {
        var id = fileCase(staff);
        var response = staff.post("/api/v1/appeals/" + id + "/accept", Api.json(Map.of("note", "已受理")));
        if (response.status() != 200) {
            throw new AssertionError("accepting failed: " + response.status() + " " + response.body());
        }
        return id;
    }

    /** Refers the case to the panel member; returns the referral's id. */
    long referral(Api staff, long appealId, long panelMemberId) {
        var response = staff.post("/api/v1/appeals/" + appealId + "/referrals",
                Api.json(Map.of("panelMemberId", panelMemberId, "note", "请提供法律意见")));
        if (response.status() != 201) {
            throw new AssertionError("referral failed: " + response.status() + " " + response.body());
        }
        return response.json().get("id").asLong();
    }

    /** A new account of the federation holding the grant; returns a client signed in as it. */
    Api user(long federationId, RoleGrant grant) {
        var username = accounts.createBound("legal", grant);
        jdbc.sql("update app_user set federation_id = ? where username = ?").params(federationId, username).update();
        return accounts.api(username);
    }

    Api user(long federationId, Role role) {
        return user(federationId, RoleGrant.of(role));
    }

    /** A real chamber of the federation; returns its id. */
    long chamber(long federationId) {
        var prefix = "5137" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000))
                + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return jdbc.sql("insert into chamber (federation_id, name, kind, credit_code) values (?, ?, 'INDUSTRY', ?) returning id")
                .params(federationId, "法援测试商会-" + UUID.randomUUID().toString().substring(0, 8),
                        CreditCode.fromPrefix(prefix).value())
                .query(Long.class).single();
    }

    /** A 17-digit practising certificate number no other test uses. */
    static String licence() {
        return String.format("1%016d", ThreadLocalRandom.current().nextLong(10_000_000_000_000_000L));
    }

    /** A lawyer's fields as the API takes them. */
    static Map<String, Object> lawyer(long federationId, String name, String mobile, String... specialities) {
        var body = new HashMap<String, Object>();
        body.put("federationId", federationId);
        body.put("kind", "LAWYER");
        body.put("name", name);
        body.put("organisation", "山东黄河口律师事务所");
        body.put("licenceNumber", licence());
        body.put("specialities", List.of(specialities.length == 0 ? new String[] {"CONTRACT_DISPUTE"} : specialities));
        body.put("mobile", mobile);
        body.put("active", true);
        return body;
    }

    /** Registers the fields through the API and answers the new id. */
    long create(Api api, Map<String, Object> body) {
        var response = api.post(PANEL, Api.json(body));
        if (response.status() != 201) {
            throw new AssertionError("expected 201 but got " + response.status() + ": " + response.body());
        }
        return response.json().get("id").asLong();
    }

    long audited(String action, Object objectId) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?")
                .params(action, objectId.toString()).query(Long.class).single();
    }

    long panelMembers(long federationId) {
        return jdbc.sql("select count(*) from legal_aid_panel_member where federation_id = ?").param(federationId)
                .query(Long.class).single();
    }

    /** Posts an HTML form (urlencoded) the way a browser does; fields may repeat (name, value, name, value...). */
    Api.Response postForm(Api api, String path, String... namesAndValues) {
        var body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(enc(namesAndValues[i])).append('=')
                    .append(enc(namesAndValues[i + 1]));
        }
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + accounts.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The message of the first error on a field of a validation problem, or null. */
    static String error(tools.jackson.databind.JsonNode problem, String field) {
        var errors = problem.get("errors");
        if (errors == null) {
            return null;
        }
        return errors.valueStream().filter(e -> field.equals(e.get("field").asString()))
                .map(e -> e.get("message").asString()).findFirst().orElse(null);
    }
}
