package cn.qinqing.legalaid;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A referral of the past as the legal-aid ledger (转介台账) records it: when the case was referred and
 * to whom, the sessions held and, if it ended, the outcome and its day.
 *
 * @param referredAt local time in the federation's time zone
 * @param outcome    null while the referral is still open; then {@code outcomeNote} and {@code outcomeOn} are unused
 */
public record PastReferral(long appealId, Long panelMemberId, String note, LocalDateTime referredAt,
                           List<SessionDraft> sessions, ReferralOutcome outcome, String outcomeNote, LocalDate outcomeOn) {

    public PastReferral {
        sessions = List.copyOf(sessions);
    }
}
