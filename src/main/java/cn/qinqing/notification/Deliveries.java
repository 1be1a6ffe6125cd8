package cn.qinqing.notification;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dispatcher's view of the outbox: claim due deliveries, record each attempt's outcome. */
@Repository
class Deliveries {

    /** One e-mail or text message to send, its address decrypted. */
    record Delivery(long id, Channel channel, String address, int attempts, String title, String body, String link) {

        @Override
        public String toString() {
            return "Delivery[" + id + ", " + channel + "]";
        }
    }

    static final String NO_MAIL_SERVER = "未配置邮件服务器（spring.mail.host），配置后自动发送 / no mail server configured";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    Deliveries(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * Locks up to {@code limit} due deliveries of these channels and states for the current transaction.
     * SKIP LOCKED: rows another instance (or another run) is sending are passed over, never sent twice.
     */
    List<Delivery> claim(Instant now, Collection<Channel> channels, Collection<String> statuses, int limit) {
        return jdbc.sql("""
                select d.id, d.channel, d.address_cipher, d.attempts, n.title, n.body, n.link
                  from notification_delivery d
                  join notification n on n.id = d.notification_id
                 where d.status in (:statuses) and d.channel in (:channels) and d.next_attempt_at <= :now
                 order by d.next_attempt_at, d.id
                 limit :limit
                   for update of d skip locked""")
                .param("statuses", statuses)
                .param("channels", channels.stream().map(Channel::name).toList())
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Delivery(rs.getLong(1), Channel.valueOf(rs.getString(2)),
                        cipher.decrypt(rs.getBytes(3)), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    void sent(long id, Instant now) {
        jdbc.sql("""
                update notification_delivery
                   set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null
                 where id = ?""").params(Timestamp.from(now), id).update();
    }

    /** Counts a failed attempt; the delivery waits until {@code retryAt}, or is FAILED when that is null. */
    void failed(long id, String error, Instant retryAt) {
        jdbc.sql("""
                update notification_delivery
                   set status = case when ?::timestamptz is null then 'FAILED' else 'PENDING' end,
                       attempts = attempts + 1, last_error = ?,
                       next_attempt_at = coalesce(?::timestamptz, next_attempt_at)
                 where id = ?""")
                .params(retryAt == null ? null : Timestamp.from(retryAt), error,
                        retryAt == null ? null : Timestamp.from(retryAt), id)
                .update();
    }

    /** Marks pending e-mails as held: they wait, visibly, for a mail server, and count no attempts. */
    int holdEmails() {
        return jdbc.sql("""
                update notification_delivery set status = 'HELD', last_error = ?
                 where channel = 'EMAIL' and status = 'PENDING'""").param(NO_MAIL_SERVER).update();
    }
}
