package cn.qinqing.organisation;

import cn.qinqing.shared.standard.CreditCode;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts, federations and chambers for chamber tests, written straight to the tables so each
 * test builds its own world with unique names and does not depend on other tests.
 */
final class ChamberTestData {

    static final String PASSWORD = "Chamber#2026pw";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Federations federations;
    private String passwordHash;

    ChamberTestData(JdbcClient jdbc, PasswordEncoder encoder, Federations federations) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.federations = federations;
    }

    /** A short token that makes names unique across tests and runs. */
    static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** A valid credit code of a social group (51) registered in Hekou, with a random organisation code. */
    static String creditCode() {
        var random = ThreadLocalRandom.current();
        var prefix = new StringBuilder("51370503");
        for (int i = 0; i < 9; i++) {
            prefix.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return CreditCode.fromPrefix(prefix.toString()).value();
    }

    Federation home() {
        return federations.home();
    }

    /** 东营区 (370502), a sibling of the home federation under 东营市: outside a Hekou account's scope. */
    Federation sibling() {
        var home = home();
        jdbc.sql("""
                insert into federation (name, level, region_code, parent_id, path)
                values ('东营区工商业联合会', 'DISTRICT', '370502', ?, '') on conflict (region_code) do nothing""")
                .param(home.parentId()).update();
        var parentPath = federations.byId(home.parentId()).orElseThrow().path();
        jdbc.sql("update federation set path = ? || id || '/' where region_code = '370502' and path = ''")
                .param(parentPath).update();
        return federations.byRegion("370502").orElseThrow();
    }

    /** An account with one role, its password already changed, in the given federation. */
    String user(String role, Long chamberId, long federationId) {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        var username = ("ch" + role.substring(0, 3) + unique()).toLowerCase();
        var id = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, must_change_password, federation_id)
                values (?, ?, ?, false, ?) returning id""")
                .params(username, "测试" + role, passwordHash, federationId).query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role, chamber_id) values (?, ?, ?)")
                .params(id, role, chamberId).update();
        return username;
    }

    /** Grants a second role to an account made by {@link #user}. */
    void grant(String username, String role, Long chamberId) {
        jdbc.sql("insert into user_role (user_id, role, chamber_id) select id, ?, ? from app_user where username = ?")
                .params(role, chamberId, username).update();
    }

    String user(String role) {
        return user(role, null, home().id());
    }

    /** A chamber inserted directly (no audit), e.g. in a federation the caller cannot create in. */
    long chamber(long federationId, String name) {
        return jdbc.sql("""
                insert into chamber (federation_id, name, kind, credit_code) values (?, ?, 'INDUSTRY', ?) returning id""")
                .params(federationId, name, creditCode()).query(Long.class).single();
    }
}
