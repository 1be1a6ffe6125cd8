package cn.qinqing.legalaid;

import cn.qinqing.appeal.AppealService;
import cn.qinqing.appeal.AppealStatus;
import cn.qinqing.appeal.VisibleAppeal;
import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referring cases to the legal-aid panel (转介法律服务): who may see a referral follows the case
 * itself - the appeal module answers {@link NotFoundException} for a case the caller may not see,
 * and so for its referrals - and only federation staff and leaders refer, record sessions and the
 * outcome. Every change is audited and announced as an event. Reading referrals and changing them
 * only checks that the case is visible ({@link AppealService#visible}, not audited as a read of the
 * case); the pages that show the case's title and submitter beside its referrals read the case
 * ({@link AppealService#get}), which is audited.
 */
@Service
public class LegalAidReferrals {

    static final int NOTE_MAX = 500;
    static final int TEXT_MAX = 1000;
    static final int PLACE_MAX = 100;

    private final Referrals referrals;
    private final AppealService appeals;
    private final LegalAidPanel panel;
    private final Clock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    LegalAidReferrals(Referrals referrals, AppealService appeals, LegalAidPanel panel, Clock clock, AuditLog audit,
                      ApplicationEventPublisher events) {
        this.referrals = referrals;
        this.appeals = appeals;
        this.panel = panel;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** A case's referrals, oldest first, for whoever may see the case; the case itself is not read. */
    @Transactional(readOnly = true)
    public List<Referral> referralsOf(long appealId) {
        appeals.visible(appealId);
        return referrals.ofAppeal(appealId);
    }

    /** One referral, for whoever may see its case; the case itself is not read. */
    @Transactional(readOnly = true)
    public Referral find(long referralId) {
        visibleCaseOf(referralId);
        return referrals.find(referralId).orElseThrow(NotFoundException::new);
    }

    /** The case as its reader sees it (an audited read) with its referrals, oldest first, for its page. */
    @Transactional
    public CaseReferrals ofAppeal(long appealId) {
        var appeal = appeals.get(appealId);
        return new CaseReferrals(appeal, referrals.ofAppeal(appealId));
    }

    /** One referral with its case as the reader sees it (an audited read), for the referral's page. */
    @Transactional
    public ReferralOnCase get(long referralId) {
        var appeal = appeals.get(visibleCaseOf(referralId).id());
        return new ReferralOnCase(appeal, referrals.find(referralId).orElseThrow(NotFoundException::new));
    }

    /** Refers an accepted, not yet resolved case to an active panel member the caller keeps. */
    @Transactional
    public Referral refer(long appealId, Long panelMemberId, String note) {
        var user = keeper();
        var appeal = appeals.visible(appealId);
        if (!(appeal.status() == AppealStatus.ACCEPTED || appeal.status().handling())) {
            throw new ConflictException("legal-aid.referral.case-not-open");
        }
        var errors = new ArrayList<FieldError>();
        panelMember(panelMemberId, true, errors);
        var text = referralNote(note, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = insert(appeal, panelMemberId, text, null, user);
        audit.record("LEGAL_AID_REFERRAL_CREATE", "LEGAL_AID_REFERRAL", id, AuditResult.SUCCESS, "appeal " + appealId);
        events.publishEvent(new AppealReferred(id, appealId, panelMemberId));
        return referrals.find(id).orElseThrow();
    }

    /** Records a session held under an open referral: on a past or present day, not before the referral. */
    @Transactional
    public Referral addSession(long referralId, SessionDraft draft) {
        var user = keeper();
        visibleCaseOf(referralId);
        var head = referrals.lock(referralId).orElseThrow(NotFoundException::new);
        if (!head.open()) {
            throw new ConflictException("legal-aid.session.concluded");
        }
        var errors = new ArrayList<FieldError>();
        var referredOn = head.referredAt().atZone(clock.getZone()).toLocalDate();
        var checked = SessionRules.check(draft, head.panelMemberKind(), referredOn, LocalDate.now(clock), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var id = referrals.addSession(referralId, draft.heldOn(), draft.kind(), checked.place(), checked.note(),
                user.id(), user.displayName());
        audit.record("LEGAL_AID_SESSION_CREATE", "LEGAL_AID_SESSION", id, AuditResult.SUCCESS,
                "referral " + referralId);
        return referrals.find(referralId).orElseThrow();
    }

    /** Records how the referral ended, once, with a note on what was agreed or advised. */
    @Transactional
    public Referral conclude(long referralId, ReferralOutcome outcome, String note) {
        var user = keeper();
        visibleCaseOf(referralId);
        var head = referrals.lock(referralId).orElseThrow(NotFoundException::new);
        if (!head.open()) {
            throw new ConflictException("legal-aid.outcome.recorded");
        }
        var errors = new ArrayList<FieldError>();
        if (outcome == null) {
            errors.add(new FieldError("outcome", "legal-aid.outcome.required"));
        }
        var text = outcomeNote(note, "note", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        referrals.conclude(referralId, outcome, text, LocalDate.now(clock), user.id(), user.displayName());
        audit.record("LEGAL_AID_REFERRAL_OUTCOME", "LEGAL_AID_REFERRAL", referralId, AuditResult.SUCCESS,
                outcome.name());
        events.publishEvent(new ReferralConcluded(referralId, head.appealId(), outcome));
        return referrals.find(referralId).orElseThrow();
    }

    /**
     * The panel member a referral goes to: given and on the panel, and for a new referral still active (a
     * referral of the past may name one who has left since). Null, with the error, otherwise.
     */
    PanelMember panelMember(Long panelMemberId, boolean mustBeActive, List<FieldError> errors) {
        if (panelMemberId == null) {
            errors.add(new FieldError("panelMemberId", "legal-aid.referral.panel-member.required"));
            return null;
        }
        var member = panel.find(panelMemberId).orElse(null);
        if (member == null) {
            errors.add(new FieldError("panelMemberId", "legal-aid.referral.panel-member.not-found"));
        } else if (mustBeActive && !member.active()) {
            errors.add(new FieldError("panelMemberId", "legal-aid.referral.panel-member.inactive", member.name()));
        }
        return member;
    }

    /** Stores a referral made at {@code referredAt} (null: now); a second open one of the case to the member is a conflict. */
    long insert(VisibleAppeal appeal, long panelMemberId, String note, OffsetDateTime referredAt, QinqingUser user) {
        try {
            return referrals.insert(appeal.id(), appeal.federationId(), panelMemberId, note, referredAt, user.id(),
                    user.displayName());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("legal-aid.referral.duplicate");
        }
    }

    /** The note of a referral: optional, at most {@link #NOTE_MAX} characters. */
    static String referralNote(String note, List<FieldError> errors) {
        return optional(note, NOTE_MAX, "note", "legal-aid.referral.note.too-long", errors);
    }

    /** The note an outcome needs: what was agreed or advised, at most {@link #TEXT_MAX} characters. */
    static String outcomeNote(String note, String field, List<FieldError> errors) {
        var text = optional(note, TEXT_MAX, field, "legal-aid.outcome.note.too-long", errors);
        if (text == null) {
            errors.add(new FieldError(field, "legal-aid.outcome.note.required"));
        }
        return text;
    }

    /** The referral's case when the caller may see it; an unknown referral is as absent as a hidden one. */
    private VisibleAppeal visibleCaseOf(long referralId) {
        var appealId = referrals.appealOf(referralId).orElseThrow(NotFoundException::new);
        return appeals.visible(appealId);
    }

    static QinqingUser keeper() {
        var user = CurrentUser.get();
        if (!(user.has(Role.STAFF) || user.has(Role.LEADER))) {
            throw new AccessDeniedException("only federation staff and leaders refer cases to the legal-aid panel");
        }
        return user;
    }

    static String optional(String value, int max, String field, String key, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > max) {
            errors.add(new FieldError(field, key, max));
        }
        return text;
    }
}
