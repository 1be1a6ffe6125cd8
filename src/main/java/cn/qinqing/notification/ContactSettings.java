package cn.qinqing.notification;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's own contact details for notifications (联系方式): e-mail and mobile. A mobile submitted in
 * its masked form ({@code 138****5678}, as the form shows it) keeps the stored number; a blank field
 * removes the address.
 */
@Service
public class ContactSettings {

    private final ContactBook book;
    private final AuditLog audit;
    private final Clock clock;

    ContactSettings(ContactBook book, AuditLog audit, Clock clock) {
        this.book = book;
        this.audit = audit;
        this.clock = clock;
    }

    public ContactDetails get(long accountId) {
        return book.details(accountId).orElse(ContactDetails.NONE);
    }

    /** Checks and stores both addresses; nothing changes when either is invalid. */
    @Transactional
    public ContactDetails update(long accountId, String email, String mobile) {
        var errors = new ArrayList<FieldError>();
        var cleanEmail = email == null || email.isBlank() ? null : email.strip();
        if (cleanEmail != null && cleanEmail.length() > Notice.EMAIL_MAX) {
            errors.add(new FieldError("email", "notification.contact.email.too-long", Notice.EMAIL_MAX));
        } else if (cleanEmail != null && !Notice.validEmail(cleanEmail)) {
            errors.add(new FieldError("email", "notification.contact.email.invalid"));
        }
        var current = book.find(accountId).orElse(new ContactBook.Contact(null, null));
        var cleanMobile = Mobiles.normalise(mobile);
        if (cleanMobile != null && current.mobile() != null && cleanMobile.equals(Mobiles.mask(current.mobile()))) {
            cleanMobile = current.mobile();
        } else if (cleanMobile != null && !Mobiles.valid(cleanMobile)) {
            errors.add(new FieldError("mobile", "notification.contact.mobile.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        book.save(accountId, cleanEmail, cleanMobile, clock.instant());
        audit.record("NOTIFICATION_CONTACT_UPDATE", "ACCOUNT", accountId, AuditResult.SUCCESS);
        return get(accountId);
    }
}
