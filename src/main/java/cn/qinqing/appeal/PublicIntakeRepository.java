package cn.qinqing.appeal;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the public form adds to a case ({@code appeal_public_intake}), and the look-ups of the public pages. */
@Repository
class PublicIntakeRepository {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    PublicIntakeRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Serialises submissions with the same mobile and key until the transaction ends. */
    void lockKey(String mobileIndex, String key) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) l")
                .param("appeal-public|" + mobileIndex + "|" + key).query(Integer.class).single();
    }

    Optional<PublicReceipt> findByKey(String mobileIndex, String key) {
        return jdbc.sql("""
                select a.tracking_number, a.status, a.due_on, a.accept_due from appeal_public_intake p
                  join appeal a on a.id = p.appeal_id
                 where p.contact_mobile_index = ? and p.idempotency_key = ?""")
                .params(mobileIndex, key)
                .query((rs, n) -> {
                    var due = rs.getObject(3, LocalDate.class);
                    return new PublicReceipt(rs.getString(1), AppealStatus.valueOf(rs.getString(2)),
                            due == null ? rs.getObject(4, LocalDate.class) : due, false);
                })
                .optional();
    }

    void insert(long appealId, String creditCode, String mobileIndex, String key, String clientAddress) {
        jdbc.sql("""
                insert into appeal_public_intake (appeal_id, credit_code, contact_mobile_index, idempotency_key, client_address)
                values (?, ?, ?, ?, ?)""")
                .params(appealId, creditCode, mobileIndex, key, clientAddress).update();
    }

    /** A case with this tracking number whose contact mobile has this blind index; the reply only once resolved. */
    Optional<Tracked> track(String trackingNumber, String mobileIndex) {
        return jdbc.sql("""
                select id, tracking_number, status, reply_cipher from appeal
                 where tracking_number = ? and contact_mobile_index = ? order by id desc limit 1""")
                .params(trackingNumber, mobileIndex)
                .query((rs, n) -> {
                    var status = AppealStatus.valueOf(rs.getString(3));
                    var closed = status == AppealStatus.RESOLVED || status == AppealStatus.ARCHIVED;
                    return new Tracked(rs.getLong(1), new PublicStatus(rs.getString(2), status,
                            closed ? cipher.decrypt(rs.getBytes(4)) : null));
                })
                .optional();
    }

    record Tracked(long appealId, PublicStatus status) {
    }
}
