package cn.qinqing.appeal;

import cn.qinqing.notification.Notice;
import cn.qinqing.notification.Notifications;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.QinqingUser;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people involved in a case what happened to it (诉求消息提醒): the submitter at acceptance,
 * refusal, transfer and resolution; the department's liaisons when it is transferred to them or sent
 * back; the federation's side when a department answered and at follow-up; the handlers of a case a
 * leader instructed on.
 *
 * <p>An ordinary {@code @EventListener}, so it runs inside the transaction of the step that published the
 * event: the project has no persistent event publication registry, so a listener after the commit could
 * lose the message in a crash, whereas the notification outbox is transactional - the notice commits
 * with the step or not at all, and the outbox retries e-mail and SMS on its own.
 */
@Component
class AppealNotifier {

    private static final Logger log = LoggerFactory.getLogger(AppealNotifier.class);

    private final NoticeCases cases;
    private final AppealRecipients recipients;
    private final Notifications notifications;
    private final NoticeTexts texts;

    AppealNotifier(NoticeCases cases, AppealRecipients recipients, Notifications notifications, NoticeTexts texts) {
        this.cases = cases;
        this.recipients = recipients;
        this.notifications = notifications;
        this.texts = texts;
    }

    @EventListener
    void accepted(AppealAccepted event) {
        cases.find(event.appealId()).ifPresent(c -> toSubmitter(c, "accepted", c.trackingNumber(), c.categoryName(),
                NoticeTexts.date(event.handlingDue())));
    }

    @EventListener
    void declined(AppealDeclined event) {
        cases.find(event.appealId()).ifPresent(c -> toSubmitter(c, "declined", c.trackingNumber()));
    }

    @EventListener
    void transferred(AppealTransferred event) {
        cases.find(event.appealId()).ifPresent(c -> {
            var due = NoticeTexts.date(c.dueOn());
            toAccounts(recipients.liaisons(c), "assigned", c.link(), c.trackingNumber(), c.categoryName(), due);
            toSubmitter(c, "transferred", c.trackingNumber(), c.departmentName(), due);
        });
    }

    @EventListener
    void resolved(AppealResolved event) {
        cases.find(event.appealId()).ifPresent(c -> {
            toSubmitter(c, "resolved", c.trackingNumber());
            if (c.departmentId() != null) {
                toAccounts(recipients.followers(List.of(c)).get(c.id()), "answered", c.link(), c.trackingNumber(),
                        c.departmentName());
            }
        });
    }

    /** A 不满意 that sends the case back is announced by {@link #reopened}; this covers the rest. */
    @EventListener
    void rated(AppealRated event) {
        cases.find(event.appealId()).filter(c -> c.status() == AppealStatus.RESOLVED).ifPresent(c -> {
            var rating = texts.text("appeal.rating." + event.rating().name());
            toAccounts(recipients.followers(List.of(c)).get(c.id()), "rated", c.link(), c.trackingNumber(), rating);
            toAccounts(recipients.liaisons(c), "rated", c.link(), c.trackingNumber(), rating);
        });
    }

    @EventListener
    void reopened(AppealReopened event) {
        cases.find(event.appealId()).ifPresent(c -> toAccounts(recipients.handlers(List.of(c)).get(c.id()),
                "reopened", c.link(), c.trackingNumber(), c.categoryName(), NoticeTexts.date(event.handlingDue())));
    }

    @EventListener
    void instructed(SupervisionInstructed event) {
        var leader = CurrentUser.find().map(QinqingUser::displayName).orElse("");
        cases.find(event.appealId()).ifPresent(c -> toAccounts(recipients.handlers(List.of(c)).get(c.id()),
                "instructed", c.link(), c.trackingNumber(), leader));
    }

    /**
     * The notices of one batch of the deadline job, each recipient once: a case's own notice when the
     * recipient has one case in the batch, else a digest naming the cases and linking to the list.
     */
    void deadline(String kind, Map<Long, List<NoticeCase>> byRecipient, String digestLink,
                  Function<NoticeCase, Object[]> args) {
        byRecipient.forEach((account, list) -> {
            if (list.size() == 1) {
                var c = list.get(0);
                notifications.toAccount(account, texts.title(kind), texts.body(kind, args.apply(c)), c.link());
            } else {
                notifications.toAccount(account, texts.title(kind), texts.digest(kind, list), digestLink);
            }
        });
    }

    /** The member's accounts; a firm without one (or a member with none) gets a text message. */
    private void toSubmitter(NoticeCase c, String kind, Object... args) {
        var accounts = recipients.memberAccounts(c);
        if (!accounts.isEmpty()) {
            toAccounts(accounts, kind, c.link(), args);
        } else if (c.contactMobile() != null) {
            try {
                notifications.send(Notice.sms(c.contactMobile(), texts.title(kind), texts.sms(kind, args)));
            } catch (IllegalArgumentException unusable) {
                // The step must not fail for a notice: the staff see the case and call instead.
                log.warn("Case {}: the submitter's mobile cannot receive a text message", c.id());
            }
        }
    }

    private void toAccounts(Collection<Long> accounts, String kind, String link, Object... args) {
        var actor = CurrentUser.find().map(QinqingUser::id).orElse(null);
        var title = texts.title(kind);
        var body = texts.body(kind, args);
        for (var account : new LinkedHashSet<>(accounts)) {
            if (!account.equals(actor)) {
                notifications.toAccount(account, title, body, link);
            }
        }
    }
}
