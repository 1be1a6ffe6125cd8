package cn.qinqing.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code one_time_code} table: codes as HMAC, the mobile as blind index. The same rows count
 * requests for the rate limits, so the limits hold across instances.
 */
@Repository
class OneTimeCodeStore {

    /** The latest code of a mobile and purpose, as the failure path needs it. */
    record Latest(long id, Instant expiresAt, int failedAttempts, boolean used, boolean voided) {
    }

    private final JdbcClient jdbc;

    OneTimeCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises issuing per mobile and per address until the transaction ends, so concurrent requests
     * cannot both pass a limit. Always mobile first, then address: no two requests wait on each other in a circle.
     */
    void lock(String mobileIndex, String address) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('otp-mobile:' || ?))").param(mobileIndex).query().singleRow();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('otp-address:' || ?))").param(address).query().singleRow();
    }

    Optional<Instant> lastIssued(String mobileIndex, Instant now) {
        return jdbc.sql("""
                select issued_at from one_time_code where mobile_index = ? and issued_at <= ?
                 order by issued_at desc limit 1""")
                .params(mobileIndex, Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** How many codes went to this mobile in the window ending now, and the oldest of them. */
    Window byMobile(String mobileIndex, Instant now, Duration window) {
        return window("mobile_index", mobileIndex, now, window);
    }

    Window byAddress(String address, Instant now, Duration window) {
        return window("client_address", address, now, window);
    }

    record Window(int count, Instant oldest) {
    }

    private Window window(String column, String value, Instant now, Duration window) {
        return jdbc.sql("select count(*), min(issued_at) from one_time_code where " + column
                        + " = ? and issued_at > ? and issued_at <= ?")
                .params(value, Timestamp.from(now.minus(window)), Timestamp.from(now))
                .query((rs, n) -> new Window(rs.getInt(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    /** Voids the mobile's unused codes for the purpose (only the newest code works) and stores the new one. */
    long insert(String mobileIndex, String purpose, String codeHash, String address, Instant now, Instant expiresAt) {
        jdbc.sql("""
                update one_time_code set voided_at = ?
                 where mobile_index = ? and purpose = ? and used_at is null and voided_at is null""")
                .params(Timestamp.from(now), mobileIndex, purpose).update();
        return jdbc.sql("""
                insert into one_time_code (mobile_index, purpose, code_hash, client_address, issued_at, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(mobileIndex, purpose, codeHash, address, Timestamp.from(now), Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    void voidCode(long id, Instant now) {
        jdbc.sql("update one_time_code set voided_at = ? where id = ? and voided_at is null")
                .params(Timestamp.from(now), id).update();
    }

    /**
     * Uses the newest code when it matches and is still good. A concurrent second use waits for this row's
     * lock, then finds it used: a code works once.
     */
    boolean consume(String mobileIndex, String purpose, String codeHash, Instant now, int maxAttempts) {
        return jdbc.sql("""
                update one_time_code set used_at = :now
                 where id = (select id from one_time_code
                              where mobile_index = :mobile and purpose = :purpose and issued_at <= :now
                              order by issued_at desc, id desc limit 1)
                   and code_hash = :hash and used_at is null and voided_at is null
                   and expires_at > :now and failed_attempts < :max""")
                .param("now", Timestamp.from(now)).param("mobile", mobileIndex).param("purpose", purpose)
                .param("hash", codeHash).param("max", maxAttempts)
                .update() == 1;
    }

    /** The newest code, locked; empty when there is none or another transaction holds it (it is being used). */
    Optional<Latest> lockLatest(String mobileIndex, String purpose, Instant now) {
        var id = jdbc.sql("""
                select id from one_time_code where mobile_index = ? and purpose = ? and issued_at <= ?
                 order by issued_at desc, id desc limit 1""")
                .params(mobileIndex, purpose, Timestamp.from(now)).query(Long.class).optional();
        return id.flatMap(i -> jdbc.sql("""
                select id, expires_at, failed_attempts, used_at is not null, voided_at is not null
                  from one_time_code where id = ? for update skip locked""")
                .param(i)
                .query((rs, n) -> new Latest(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
                        rs.getBoolean(4), rs.getBoolean(5)))
                .optional());
    }

    /** Counts a wrong entry; the code is void from the {@code maxAttempts}-th on. Returns the new count. */
    int countFailure(long id, Instant now, int maxAttempts) {
        return jdbc.sql("""
                update one_time_code set failed_attempts = failed_attempts + 1,
                       voided_at = case when failed_attempts + 1 >= ? then ? else voided_at end
                 where id = ? returning failed_attempts""")
                .params(maxAttempts, Timestamp.from(now), id).query(Integer.class).single();
    }

    /** Deletes codes issued before {@code before}: past every limit window, they are only clutter. */
    int purge(Instant before) {
        return jdbc.sql("delete from one_time_code where issued_at < ?").param(Timestamp.from(before)).update();
    }
}
