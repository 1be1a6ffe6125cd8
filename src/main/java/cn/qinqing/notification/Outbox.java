package cn.qinqing.notification;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a notice and its deliveries (the outbox) with the caller's connection, so they commit or roll
 * back with the caller's change. Addresses are stored encrypted; IN_APP counts as sent on insert.
 */
@Repository
class Outbox {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    Outbox(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    long write(Notice notice) {
        var now = Timestamp.from(clock.instant());
        var inbox = notice.channels().contains(Channel.IN_APP);
        long id = jdbc.sql("""
                insert into notification (recipient_id, inbox, title, body, link, created_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(notice.recipientAccountId(), inbox, notice.title(), notice.body(), notice.link(), now)
                .query(Long.class).single();
        for (var channel : notice.channels()) {
            var address = switch (channel) {
                case IN_APP -> null;
                case EMAIL -> cipher.encrypt(notice.email());
                case SMS -> cipher.encrypt(notice.mobile());
            };
            jdbc.sql("""
                    insert into notification_delivery (notification_id, channel, address_cipher, status, attempts,
                                                       next_attempt_at, sent_at, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, channel.name(), address, channel == Channel.IN_APP ? "SENT" : "PENDING",
                            channel == Channel.IN_APP ? 1 : 0, now, channel == Channel.IN_APP ? now : null, now)
                    .update();
        }
        return id;
    }
}
