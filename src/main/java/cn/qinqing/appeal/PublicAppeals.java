package cn.qinqing.appeal;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.notification.OneTimeCodes;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.standard.Normalisation;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases from firms without an account (公众网上提交): filed through the public form with a one-time
 * code sent to the contact mobile, owned by this deployment's federation, and looked up later with the
 * tracking number, the mobile and a fresh code. The code is checked only after every other field and
 * file passed, so a form that would be refused anyway never costs one of the code's tries.
 */
@Service
public class PublicAppeals {

    /** The one-time code purpose of filing; codes of other purposes do not work here. */
    public static final String SUBMIT_PURPOSE = "appeal";
    /** The one-time code purpose of the status look-up. */
    public static final String TRACK_PURPOSE = "appeal-track";
    private static final Pattern TRACKING_NUMBER = Pattern.compile("WQ\\d{8}-\\d{4,6}");

    private final PublicIntake intake;
    private final AttachmentIntake files;
    private final AppealRepository cases;
    private final PublicIntakeRepository publicCases;
    private final OneTimeCodes codes;
    private final Federations federations;
    private final PersonalDataCipher cipher;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PublicAppeals(PublicIntake intake, AttachmentIntake files, AppealRepository cases, PublicIntakeRepository publicCases,
                  OneTimeCodes codes, Federations federations, PersonalDataCipher cipher, WorkingCalendar calendar,
                  Clock clock, AuditLog audit, ApplicationEventPublisher events) {
        this.intake = intake;
        this.files = files;
        this.cases = cases;
        this.publicCases = publicCases;
        this.codes = codes;
        this.federations = federations;
        this.cipher = cipher;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Files the case with its attachments in one transaction. A retry with the same Idempotency-Key and
     * mobile answers the first case (its code is used up by then, so it is not asked again).
     *
     * @throws ValidationException every broken rule (fields, files under {@code files}); or the code alone
     *                             (field {@code code}) when only the code is wrong; nothing is stored
     */
    @Transactional
    public PublicReceipt submit(PublicAppealDraft draft, String idempotencyKey, List<AttachmentUpload> uploads,
                                String clientAddress) {
        var home = federations.home();
        var errors = new ArrayList<FieldError>();
        var checked = intake.check(draft, home.id(), errors);
        var ready = files.check(uploads, new AttachmentRepository.Totals(0, 0), "files", errors);
        var key = AppealIntake.text(idempotencyKey);
        if (key != null && key.length() > AppealService.MAX_KEY) {
            errors.add(new FieldError("idempotencyKey", "appeal.idempotency-key.too-long", AppealService.MAX_KEY));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var c = checked.appeal();
        var mobileIndex = cipher.blindIndex(c.contactMobile());
        if (key != null) {
            publicCases.lockKey(mobileIndex, key);
            var earlier = publicCases.findByKey(mobileIndex, key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var verification = codes.verify(c.contactMobile(), SUBMIT_PURPOSE, draft.code());
        if (!verification.verified()) {
            throw new ValidationException("code", verification.messageKey(), verification.messageArgs());
        }
        var today = LocalDate.now(clock);
        var category = c.categoryInfo();
        var appeal = Appeal.submit(home.id(), category.acceptDays(), category.handlingDays(), today, calendar);
        var number = cases.nextTrackingNumber(home.id(), today);
        long id = cases.insert(appeal.state(), c, number, null, null).orElseThrow();
        appeal.stored(id);
        cases.addSteps(id, null, c.submitterName(), appeal.changes());
        publicCases.insert(id, checked.creditCode(), mobileIndex, key, cut(clientAddress));
        var actor = actor(c.contactMobile());
        audit.recordFor(actor, null, "APPEAL_SUBMIT", "APPEAL", id, AuditResult.SUCCESS, number);
        for (var attachmentId : files.store(id, ready, null, c.submitterName())) {
            audit.recordFor(actor, null, "APPEAL_ATTACHMENT_ADD", "APPEAL_ATTACHMENT", attachmentId,
                    AuditResult.SUCCESS, "appeal " + id);
        }
        events.publishEvent(new AppealSubmitted(id, home.id(), null, AppealChannel.PUBLIC_WEB, c.category(),
                appeal.state().acceptDue()));
        return new PublicReceipt(number, AppealStatus.SUBMITTED, appeal.state().acceptDue(), true);
    }

    /**
     * The status (and once resolved the reply) of the case with this tracking number whose contact mobile
     * this is, after the fresh one-time code sent to that mobile was verified; empty when there is no
     * such case (the same answer whether the number or the mobile is wrong).
     *
     * @throws ValidationException malformed input, or the code (field {@code code}) was not right
     */
    @Transactional
    public Optional<PublicStatus> track(String trackingNumber, String mobile, String code) {
        var errors = new ArrayList<FieldError>();
        var number = AppealIntake.text(trackingNumber) == null ? null
                : Normalisation.halfWidthUpper(trackingNumber.strip());
        if (number == null) {
            errors.add(new FieldError("trackingNumber", "appeal-public.tracking-number.required"));
        } else if (!TRACKING_NUMBER.matcher(number).matches()) {
            errors.add(new FieldError("trackingNumber", "appeal-public.tracking-number.invalid"));
        }
        var normalised = PublicIntake.mobile(mobile);
        if (normalised == null) {
            errors.add(new FieldError("mobile", "appeal-public.mobile.required"));
        } else if (!AppealIntake.MOBILE.matcher(normalised).matches()) {
            errors.add(new FieldError("mobile", "appeal-public.mobile.invalid"));
        }
        if (AppealIntake.text(code) == null) {
            errors.add(new FieldError("code", "appeal-public.code.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var verification = codes.verify(normalised, TRACK_PURPOSE, code);
        if (!verification.verified()) {
            throw new ValidationException("code", verification.messageKey(), verification.messageArgs());
        }
        var found = publicCases.track(number, cipher.blindIndex(normalised));
        found.ifPresent(t -> audit.recordFor(actor(normalised), null, "APPEAL_TRACK", "APPEAL", t.appealId(),
                AuditResult.SUCCESS, number));
        return found.map(PublicIntakeRepository.Tracked::status);
    }

    /** Who acted, for the audit trail: nobody is signed in, so the masked mobile the code went to. */
    private static String actor(String mobile) {
        return "public:" + AppealRepository.masked(mobile);
    }

    private static String cut(String address) {
        return address == null ? null : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
