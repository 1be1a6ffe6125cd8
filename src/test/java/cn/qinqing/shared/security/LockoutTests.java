package cn.qinqing.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Five wrong passwords in a row lock an account for 30 minutes; only the system administrator unlocks it. */
@IntegrationTest
class LockoutTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveWrongPasswordsLockTheAccountForThirtyMinutesAndTheRightOneThenFailsAlike() {
        var name = accounts.create("lockout", Role.STAFF);
        var wrong = Api.as(accounts.port(), name, "Wrong#2026xyz");
        Api.Response wrongAnswer = null;
        for (int i = 0; i < 5; i++) {
            wrongAnswer = wrong.get("/api/v1/organisation");
            assertThat(wrongAnswer.status()).isEqualTo(401);
        }
        var lockedAt = Instant.now();
        var lockedUntil = jdbc.sql("select locked_until from app_user where username = ?").param(name)
                .query(Timestamp.class).single().toInstant();
        assertThat(Duration.between(lockedAt, lockedUntil)).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));

        var right = accounts.api(name).get("/api/v1/organisation");
        assertThat(right.status()).isEqualTo(wrongAnswer.status());
        assertThat(right.body()).isEqualTo(wrongAnswer.body());
        assertThat(right.contentType()).isEqualTo(wrongAnswer.contentType());
        var list = accounts.sysadmin().get("/api/v1/users?status=LOCKED&size=100").body();
        assertThat(list).contains(name);

        assertThat(accounts.sysadmin().post("/api/v1/users/" + name + "/unlock", "").status()).isEqualTo(204);
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(200);
        var audited = jdbc.sql("select string_agg(action, ',' order by id) from audit_record where object_id = ? and action in ('LOCK','ACCOUNT_UNLOCK')")
                .param(name).query(String.class).single();
        assertThat(audited).isEqualTo("LOCK,ACCOUNT_UNLOCK");
    }

    @Test
    void aSuccessfulLoginResetsTheCountOfFailures() {
        var name = accounts.create("lockreset", Role.STAFF);
        var wrong = Api.as(accounts.port(), name, "Wrong#2026xyz");
        for (int i = 0; i < 4; i++) {
            wrong.get("/api/v1/organisation");
        }
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            wrong.get("/api/v1/organisation");
        }
        assertThat(accounts.api(name).get("/api/v1/organisation").status()).isEqualTo(200);
    }
}
