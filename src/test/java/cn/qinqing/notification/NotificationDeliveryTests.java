package cn.qinqing.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/** The dispatcher sends e-mail over SMTP and texts through the gateway, and retries what fails. */
class NotificationDeliveryTests extends NotificationTestSupport {

    @Autowired
    private Notifications notifications;
    @Autowired
    private Deliveries deliveries;
    @Autowired
    private NotificationProperties properties;
    @Autowired
    private MessageSource messages;
    @Autowired
    private PersonalDataCipher cipher;

    /** One delivery row as the tests read it. */
    record Row(String status, int attempts, String lastError, Duration untilNextAttempt) {
    }

    @Test
    void anEmailReachesTheMailServerWithTitleBodyAndLink() throws Exception {
        var address = uniqueText("firm") + "@example.com";
        var title = uniqueText("诉求已受理");
        send(address, null, title);

        notifications.dispatchNow();

        var mail = receivedBy(address);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo(title);
        assertThat((String) mail.get(0).getContent()).contains("您的诉求已受理，请留意办理进展。").contains("/appeals/42");
        assertThat(row(address, "EMAIL").status()).isEqualTo("SENT");
    }

    @Test
    void anEmailWaitsOutAMailServerOutageAndIsDeliveredAfterIt() throws Exception {
        var address = uniqueText("outage") + "@example.com";
        MAIL.stop();
        send(address, null, uniqueText("超期提醒"));

        notifications.dispatchNow();
        var first = row(address, "EMAIL");
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        assertThat(first.untilNextAttempt()).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));

        notifications.dispatchNow();
        assertThat(row(address, "EMAIL").attempts()).as("not due again before a minute").isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        notifications.dispatchNow();
        var second = row(address, "EMAIL");
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.untilNextAttempt()).as("the delay doubles").isBetween(Duration.ofSeconds(110), Duration.ofSeconds(121));

        MAIL.start();
        clock.advance(Duration.ofMinutes(2));
        notifications.dispatchNow();
        assertThat(row(address, "EMAIL").status()).isEqualTo("SENT");
        assertThat(row(address, "EMAIL").attempts()).isEqualTo(3);
        assertThat(receivedBy(address)).hasSize(1);
    }

    @Test
    void aTextGoesThroughTheGatewayAndIsRetriedWhenTheGatewayFails() {
        var mobile = uniqueMobile();
        sms.failing(true);
        send(null, mobile, "回访提醒");

        notifications.dispatchNow();
        assertThat(row(mobile, "SMS").status()).isEqualTo("PENDING");
        assertThat(row(mobile, "SMS").lastError()).contains("gateway down").doesNotContain(mobile);

        sms.failing(false);
        clock.advance(Duration.ofMinutes(1));
        notifications.dispatchNow();
        assertThat(sms.to(mobile)).singleElement().extracting(RecordingSmsGateway.Sms::text)
                .isEqualTo("回访提醒：您的诉求已受理，请留意办理进展。");
        assertThat(row(mobile, "SMS").status()).isEqualTo("SENT");
    }

    @Test
    void aDeliveryFailingTenTimesIsMarkedFailedAndKeptVisible() {
        var mobile = uniqueMobile();
        sms.failing(true);
        send(null, mobile, "十次失败");

        for (int attempt = 1; attempt <= 10; attempt++) {
            notifications.dispatchNow();
            assertThat(row(mobile, "SMS").attempts()).isEqualTo(attempt);
            clock.advance(properties.retryDelay(attempt));
        }
        var failed = row(mobile, "SMS");
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.lastError()).isNotBlank();

        sms.failing(false);
        clock.advance(Duration.ofDays(1));
        notifications.dispatchNow();
        assertThat(row(mobile, "SMS").attempts()).as("a failed delivery is not tried again").isEqualTo(10);
        assertThat(sms.to(mobile)).isEmpty();
    }

    @Test
    void theRetryDelayDoublesFromOneMinuteUpToItsCeiling() {
        assertThat(List.of(1, 2, 3, 4, 9).stream().map(properties::retryDelay).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 256L);
        assertThat(properties.retryDelay(40)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void withoutAMailServerEmailsAreHeldNotFailedAndSentOnceOneIsConfigured() throws Exception {
        var address = uniqueText("held") + "@example.com";
        send(address, null, uniqueText("待发邮件"));
        var noServer = new MailChannel(new EmptyProvider(), messages, properties);
        var dispatcher = new NotificationDispatcher(deliveries, noServer, sms, properties, transactions, clock);

        var report = dispatcher.dispatchNow();

        assertThat(report.held()).isPositive();
        var held = row(address, "EMAIL");
        assertThat(held.status()).isEqualTo("HELD");
        assertThat(held.attempts()).isZero();
        assertThat(held.lastError()).contains("spring.mail.host");

        notifications.dispatchNow();
        assertThat(row(address, "EMAIL").status()).isEqualTo("SENT");
        assertThat(receivedBy(address)).hasSize(1);
    }

    @Test
    void twoDispatchersRunningAtOnceNeverSendTheSameTextTwice() throws Exception {
        var mobiles = IntStream.range(0, 30).mapToObj(i -> uniqueMobile()).toList();
        mobiles.forEach(m -> send(null, m, "并发发送"));
        sms.delay(Duration.ofMillis(20));

        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<DispatchReport> run = notifications::dispatchNow;
            for (var result : pool.invokeAll(List.of(run, run))) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(mobiles).allSatisfy(m -> assertThat(sms.to(m)).hasSize(1));
    }

    private void send(String email, String mobile, String title) {
        var channels = EnumSet.noneOf(Channel.class);
        if (email != null) {
            channels.add(Channel.EMAIL);
        }
        if (mobile != null) {
            channels.add(Channel.SMS);
        }
        transactions.executeWithoutResult(s -> notifications.send(new Notice(null, email, mobile, title,
                "您的诉求已受理，请留意办理进展。", "/appeals/42", channels)));
    }

    private Row row(String address, String channel) {
        var cipherIndex = jdbc.sql("""
                select d.status, d.attempts, d.last_error, extract(epoch from d.next_attempt_at - ?::timestamptz),
                       d.address_cipher
                  from notification_delivery d where d.channel = ? order by d.id desc limit 200""")
                .params(Timestamp.from(clock.instant()), channel)
                .query((rs, n) -> new Object[] {new Row(rs.getString(1), rs.getInt(2), rs.getString(3),
                        Duration.ofMillis(Math.round(rs.getDouble(4) * 1000))), rs.getBytes(5)})
                .list();
        return cipherIndex.stream().filter(r -> address.equals(cipher.decrypt((byte[]) r[1])))
                .map(r -> (Row) r[0]).findFirst().orElseThrow();
    }

    private static List<MimeMessage> receivedBy(String address) throws Exception {
        var result = new ArrayList<MimeMessage>();
        for (var message : MAIL.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                result.add(message);
            }
        }
        return result;
    }

    /** No JavaMailSender: as when spring.mail.host is not set. */
    private static final class EmptyProvider implements ObjectProvider<JavaMailSender> {
        @Override
        public JavaMailSender getObject() {
            throw new IllegalStateException("no mail sender");
        }

        @Override
        public JavaMailSender getIfAvailable() {
            return null;
        }
    }
}
