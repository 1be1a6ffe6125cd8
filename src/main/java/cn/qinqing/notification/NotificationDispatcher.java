package cn.qinqing.notification;

import cn.qinqing.notification.Deliveries.Delivery;
import cn.qinqing.shared.crypto.Redaction;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds (消息发送): due e-mails and text messages, a batch per transaction with the
 * rows locked (SKIP LOCKED), so two instances or two runs never send the same delivery. A failure is
 * counted and retried after 1, 2, 4 ... minutes; after {@code maxAttempts} the delivery is FAILED and
 * stays visible with its last error. Sending is at least once: a crash between the provider's
 * acceptance and the commit sends that message again.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    /** Batches per run: bounds one run, the next run continues. */
    private static final int MAX_BATCHES = 20;

    private final Deliveries deliveries;
    private final MailChannel mail;
    private final SmsGateway sms;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationDispatcher(Deliveries deliveries, MailChannel mail, SmsGateway sms, NotificationProperties properties,
                           TransactionTemplate transactions, Clock clock) {
        this.deliveries = deliveries;
        this.mail = mail;
        this.sms = sms;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${qinqing.notification.dispatch-delay:PT15S}",
            initialDelayString = "${qinqing.notification.dispatch-initial-delay:PT30S}")
    @SchedulerLock(name = "notification-dispatch", lockAtMostFor = "PT10M")
    public void dispatch() {
        var report = dispatchNow();
        if (report.sent() + report.retried() + report.failed() > 0) {
            log.info("Notification dispatch: {}", report);
        }
    }

    DispatchReport dispatchNow() {
        var mailReady = mail.available();
        var report = new DispatchReport(0, 0, 0, mailReady ? 0 : transactions.execute(s -> deliveries.holdEmails()));
        var channels = mailReady ? List.of(Channel.EMAIL, Channel.SMS) : List.of(Channel.SMS);
        var statuses = mailReady ? List.of("PENDING", "HELD") : List.of("PENDING");
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            var counted = transactions.execute(s -> sendBatch(channels, statuses));
            report = report.plus(counted);
            if (counted.sent() + counted.retried() + counted.failed() < properties.batchSize()) {
                break;
            }
        }
        return report;
    }

    private DispatchReport sendBatch(List<Channel> channels, List<String> statuses) {
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (var delivery : deliveries.claim(clock.instant(), channels, statuses, properties.batchSize())) {
            try {
                send(delivery);
                deliveries.sent(delivery.id(), clock.instant());
                sent++;
            } catch (RuntimeException e) {
                var attempts = delivery.attempts() + 1;
                var error = describe(e);
                if (attempts >= properties.maxAttempts()) {
                    deliveries.failed(delivery.id(), error, null);
                    log.warn("Notification delivery {} failed for good after {} attempts: {}", delivery, attempts, error);
                    failed++;
                } else {
                    deliveries.failed(delivery.id(), error, clock.instant().plus(properties.retryDelay(attempts)));
                    log.info("Notification delivery {} failed (attempt {}), retried later: {}", delivery, attempts, error);
                    retried++;
                }
            }
        }
        return new DispatchReport(sent, retried, failed, 0);
    }

    private void send(Delivery delivery) {
        switch (delivery.channel()) {
            case EMAIL -> mail.send(delivery);
            case SMS -> sms.send(delivery.address(), smsText(delivery));
            case IN_APP -> throw new IllegalStateException("in-app deliveries are never dispatched");
        }
    }

    private String smsText(Delivery delivery) {
        var text = delivery.body().isEmpty() ? delivery.title() : delivery.title() + "：" + delivery.body();
        return Notice.cut(text, properties.smsMaxLength());
    }

    /** The error for the delivery row: the root cause, personal numbers masked, at most 500 characters. */
    private static String describe(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            text += " / " + root.getClass().getSimpleName() + ": " + root.getMessage();
        }
        return Notice.cut(Redaction.redact(text), 500);
    }
}
