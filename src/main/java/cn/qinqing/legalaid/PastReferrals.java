package cn.qinqing.legalaid;

import cn.qinqing.appeal.AppealService;
import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-filling the legal-aid ledger (补录转介台账): federation staff enter a referral made earlier with
 * its own time, sessions and outcome. All of it lies within the case's life: referred on or after the day
 * the case was accepted, and neither referred nor served nor concluded after the day it was resolved (or
 * after today while it runs). Sessions follow the live rules ({@link SessionRules}). Nothing is saved when
 * anything is wrong. The checks a live referral has too - panel member, notes, a duplicate - are those of
 * {@link LegalAidReferrals}. No events: those involved were told at the time. One audit record per referral.
 */
@Service
public class PastReferrals {

    private final Referrals referrals;
    private final LegalAidReferrals live;
    private final AppealService appeals;
    private final Clock clock;
    private final AuditLog audit;

    PastReferrals(Referrals referrals, LegalAidReferrals live, AppealService appeals, Clock clock, AuditLog audit) {
        this.referrals = referrals;
        this.live = live;
        this.appeals = appeals;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public Referral enter(PastReferral past) {
        var user = LegalAidReferrals.keeper();
        var appeal = appeals.visible(past.appealId());
        var errors = new ArrayList<FieldError>();
        var member = live.panelMember(past.panelMemberId(), false, errors);
        var note = LegalAidReferrals.referralNote(past.note(), errors);
        var now = LocalDateTime.now(clock);
        var last = appeal.resolvedOn() == null ? now.toLocalDate() : appeal.resolvedOn();
        var referredAt = past.referredAt();
        if (referredAt == null || appeal.acceptedOn() == null || referredAt.isAfter(now)
                || referredAt.toLocalDate().isBefore(appeal.acceptedOn()) || referredAt.toLocalDate().isAfter(last)) {
            throw new ValidationException("referredAt", "legal-aid.past.referred-at.invalid",
                    appeal.acceptedOn() == null ? "-" : appeal.acceptedOn().toString(), last.toString());
        }
        var referredOn = referredAt.toLocalDate();
        var sessions = new ArrayList<SessionRules.Checked>();
        var latestSession = referredOn;
        for (var session : past.sessions()) {
            sessions.add(SessionRules.check(session, member == null ? null : member.kind(), referredOn,
                    now.toLocalDate(), errors));
            if (session.heldOn() != null && session.heldOn().isAfter(last)) {
                errors.add(new FieldError("sessions", "legal-aid.past.session.after-case", last.toString()));
            } else if (session.heldOn() != null && session.heldOn().isAfter(latestSession)) {
                latestSession = session.heldOn();
            }
        }
        var outcomeNote = outcome(past, latestSession, last, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = live.insert(appeal, member.id(), note, referredAt.atZone(clock.getZone()).toOffsetDateTime(), user);
        for (int i = 0; i < sessions.size(); i++) {
            var s = past.sessions().get(i);
            referrals.addSession(id, s.heldOn(), s.kind(), sessions.get(i).place(), sessions.get(i).note(), user.id(),
                    user.displayName());
        }
        if (past.outcome() != null) {
            referrals.conclude(id, past.outcome(), outcomeNote, past.outcomeOn(), user.id(), user.displayName());
        }
        audit.record("LEGAL_AID_REFERRAL_BACKFILL", "LEGAL_AID_REFERRAL", id, AuditResult.SUCCESS,
                "appeal " + appeal.id() + (past.outcome() == null ? "" : " " + past.outcome().name()));
        return referrals.find(id).orElseThrow();
    }

    /** The outcome's note when the referral ended, on a day from its last session to the end of the case. */
    private static String outcome(PastReferral past, LocalDate earliest, LocalDate last, List<FieldError> errors) {
        if (past.outcome() == null) {
            return null;
        }
        var note = LegalAidReferrals.outcomeNote(past.outcomeNote(), "outcomeNote", errors);
        var on = past.outcomeOn();
        if (on == null || on.isBefore(earliest) || on.isAfter(last)) {
            errors.add(new FieldError("outcomeOn", "legal-aid.past.outcome-on.invalid", earliest.toString(),
                    last.toString()));
        }
        return note;
    }
}
