package cn.qinqing.notification;

import java.util.EnumSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notices (消息通知) in the app, by e-mail and by SMS. Sending only writes the notice and one
 * delivery per channel to the outbox, inside the caller's transaction: a change that rolls back sends
 * nothing, and one that commits never loses its message, whatever the state of the mail server or the
 * SMS gateway. A dispatcher then sends e-mails and texts, retrying failures with growing delays.
 */
@Service
public class Notifications {

    private final Outbox outbox;
    private final ContactBook contacts;
    private final NotificationDispatcher dispatcher;

    Notifications(Outbox outbox, ContactBook contacts, NotificationDispatcher dispatcher) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.dispatcher = dispatcher;
    }

    /**
     * Puts the notice in the outbox; the caller's transaction must be active (it commits or rolls back the
     * notice with the caller's change). Returns the notice's id.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long send(Notice notice) {
        return outbox.write(notice);
    }

    /**
     * Sends to an account on every channel it can be reached by: its inbox always, e-mail and SMS when the
     * account has entered those addresses in its contact settings. Needs the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long toAccount(long accountId, String title, String body, String link) {
        var contact = contacts.find(accountId).orElse(new ContactBook.Contact(null, null));
        var channels = EnumSet.of(Channel.IN_APP);
        if (contact.email() != null) {
            channels.add(Channel.EMAIL);
        }
        if (contact.mobile() != null) {
            channels.add(Channel.SMS);
        }
        return outbox.write(new Notice(accountId, contact.email(), contact.mobile(), title, body, link, channels));
    }

    /** Sends every due e-mail and text message now, as the scheduled dispatcher does (tests, operators). */
    public DispatchReport dispatchNow() {
        return dispatcher.dispatchNow();
    }
}
