package cn.qinqing.organisation;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data of its own for each test: a fresh city federation under Shandong with a district
 * below it, and accounts inserted straight into the tables (password already changed), so tests
 * neither depend on nor disturb each other.
 */
final class StructureFixture {

    static final String PASSWORD = "Struct#2026x";
    private static final Random RANDOM = new Random();

    final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final int port;
    final long cityId;
    final long districtId;
    final String cityCode;
    final String districtCode;

    StructureFixture(JdbcClient jdbc, PasswordEncoder encoder, int port) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.port = port;
        long province = jdbc.sql("select id from federation where region_code = '370000'").query(Long.class).single();
        cityCode = freeCode(() -> String.format("37%02d00", 20 + RANDOM.nextInt(80)));
        cityId = federation("测试市工商联" + cityCode, FederationLevel.CITY, cityCode, province);
        districtCode = freeCode(() -> cityCode.substring(0, 4) + String.format("%02d", 1 + RANDOM.nextInt(99)));
        districtId = federation("测试区工商联" + districtCode, FederationLevel.DISTRICT, districtCode, cityId);
    }

    /** A region code the database does not hold yet, from the generator. */
    String freeCode(java.util.function.Supplier<String> generator) {
        for (int i = 0; i < 500; i++) {
            var code = generator.get();
            if (jdbc.sql("select count(*) from federation where region_code = ?").param(code).query(Long.class).single() == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free region code");
    }

    long federation(String name, FederationLevel level, String code, long parentId) {
        var parentPath = jdbc.sql("select path from federation where id = ?").param(parentId).query(String.class).single();
        var id = jdbc.sql("insert into federation (name, level, region_code, parent_id, path) values (?, ?, ?, ?, '') returning id")
                .params(name, level.name(), code, parentId).query(Long.class).single();
        jdbc.sql("update federation set path = ? where id = ?").params(parentPath + id + "/", id).update();
        return id;
    }

    /** A new account of the federation with one role; returns a client signed in as it. */
    Api user(long federationId, Role role) {
        return user(federationId, role, null);
    }

    /** A real chamber of the federation (for bindings and chamber-attached records); returns its id. */
    long chamber(long federationId, String name) {
        var prefix = "5137" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000))
                + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        var code = cn.qinqing.shared.standard.CreditCode.fromPrefix(prefix).value();
        return jdbc.sql("insert into chamber (federation_id, name, kind, credit_code) values (?, ?, 'INDUSTRY', ?) returning id")
                .params(federationId, name + "-" + UUID.randomUUID().toString().substring(0, 8), code)
                .query(Long.class).single();
    }

    /** A real department of the federation, for DEPARTMENT_LIAISON bindings. */
    long department(long federationId) {
        return jdbc.sql("insert into department (federation_id, name, kind) values (?, ?, 'OTHER') returning id")
                .params(federationId, "测试部门-" + UUID.randomUUID().toString().substring(0, 8))
                .query(Long.class).single();
    }

    Api user(long federationId, Role role, Long chamberId) {
        var username = "st-" + UUID.randomUUID().toString().substring(0, 12);
        var id = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, federation_id, must_change_password)
                values (?, ?, ?, ?, false) returning id""")
                .params(username, "测试" + role.name(), encoder.encode(PASSWORD), federationId).query(Long.class).single();
        var chamber = role == Role.CHAMBER_SECRETARY && chamberId == null ? (Long) chamber(federationId, "绑定商会") : chamberId;
        var department = role == Role.DEPARTMENT_LIAISON ? (Long) department(federationId) : null;
        jdbc.sql("insert into user_role (user_id, role, chamber_id, department_id) values (?, ?, ?, ?)")
                .params(id, role.name(), role == Role.CHAMBER_SECRETARY ? chamber : null, department).update();
        return Api.as(port, username, PASSWORD);
    }

    /** How many audit records name this action and object. */
    long audited(String action, Object objectId) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?")
                .params(action, objectId.toString()).query(Long.class).single();
    }

    /** Posts an HTML form (urlencoded) the way a browser does. */
    Api.Response postForm(Api api, String path, Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
