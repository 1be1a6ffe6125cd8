package cn.qinqing.legalaid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case referred to a panel lawyer or mediator (转介): to whom, by whom, the sessions held (oldest
 * first) and the outcome, which is null while the referral is open.
 */
public record Referral(long id, long appealId, long panelMemberId, String panelMemberName, PanelKind panelMemberKind,
                       String panelMemberOrganisation, String note, String referredBy, Instant referredAt,
                       ReferralOutcome outcome, String outcomeNote, LocalDate outcomeOn, String outcomeBy,
                       List<ReferralSession> sessions) {

    public Referral {
        sessions = List.copyOf(sessions);
    }

    /** True until an outcome is recorded: sessions may still be added. */
    public boolean open() {
        return outcome == null;
    }
}
