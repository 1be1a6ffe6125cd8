package cn.qinqing.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.shared.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;

/** Sending writes the outbox in the caller's transaction: committed means kept, rolled back means nothing. */
class NotificationOutboxTests extends NotificationTestSupport {

    @Autowired
    private Notifications notifications;
    @Autowired
    private ContactSettings contacts;

    @Test
    void aNoticeAndOneDeliveryPerChannelAreWrittenInTheCallersTransaction() {
        var account = accountId();
        var mobile = uniqueMobile();
        var title = uniqueText("受理通知");
        long id = transactions.execute(s -> notifications.send(new Notice(account, "firm@example.com", mobile, title,
                "您的诉求已受理", "/appeals/12", EnumSet.allOf(Channel.class))));

        var deliveries = jdbc.sql("""
                select channel, status, attempts, address_cipher from notification_delivery
                 where notification_id = ? order by channel""").param(id)
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getInt(3) + ":"
                        + (rs.getBytes(4) == null ? "-" : new String(rs.getBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1)))
                .list();
        assertThat(deliveries).hasSize(3);
        assertThat(deliveries.get(0)).startsWith("EMAIL:PENDING:0:").doesNotContain("firm@example.com");
        assertThat(deliveries.get(1)).isEqualTo("IN_APP:SENT:1:-");
        assertThat(deliveries.get(2)).startsWith("SMS:PENDING:0:").doesNotContain(mobile);
        assertThat(jdbc.sql("select title from notification where id = ? and inbox and recipient_id = ?")
                .params(id, account).query(String.class).single()).isEqualTo(title);
    }

    @Test
    void aRolledBackChangeLeavesNoNoticeAndSendsNothing() {
        var mobile = uniqueMobile();
        var title = uniqueText("回滚");
        transactions.executeWithoutResult(s -> {
            notifications.send(Notice.sms(mobile, title, "不应发出"));
            s.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from notification where title = ?").param(title)
                .query(Long.class).single()).isZero();
        notifications.dispatchNow();
        assertThat(sms.to(mobile)).isEmpty();
    }

    @Test
    void sendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> notifications.send(Notice.sms(uniqueMobile(), "无事务", "")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void toAccountUsesEveryChannelTheAccountHasEntered() {
        var withContact = accountId();
        var mobile = uniqueMobile();
        contacts.update(withContact, "staff@example.com", mobile);
        var without = accountId();

        long full = transactions.execute(s -> notifications.toAccount(withContact, "转办通知", "正文", "/appeals/3"));
        long inboxOnly = transactions.execute(s -> notifications.toAccount(without, "转办通知", "正文", null));

        assertThat(channels(full)).containsExactlyInAnyOrder("IN_APP", "EMAIL", "SMS");
        assertThat(channels(inboxOnly)).containsExactly("IN_APP");
        notifications.dispatchNow();
        assertThat(sms.to(mobile)).singleElement().extracting(RecordingSmsGateway.Sms::text).isEqualTo("转办通知：正文");
    }

    @Test
    void aNoticeNeedsTheAddressOfEachChannel() {
        assertThatThrownBy(() -> new Notice(null, null, null, "标题", "", null, Set.of(Channel.IN_APP)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice(1L, null, null, "标题", "", null, Set.of(Channel.EMAIL)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice(1L, null, "12345", "标题", "", null, Set.of(Channel.SMS)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.inApp(1L, "标题", "", "https://evil.example.com/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.inApp(1L, "标题", "", "//evil.example.com/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long accountId() {
        var name = accounts.create("notice", Role.STAFF);
        return jdbc.sql("select id from app_user where username = ?").param(name).query(Long.class).single();
    }

    private java.util.List<String> channels(long notificationId) {
        return jdbc.sql("select channel from notification_delivery where notification_id = ?")
                .param(notificationId).query(String.class).list();
    }
}
