package cn.qinqing.legalaid;

import java.util.Set;

/**
 * What a caller submits to register or change a panel member, unchecked. Without federationId the
 * caller's own federation; on a change a blank mobile keeps the stored number.
 */
public record PanelMemberDraft(Long federationId, PanelKind kind, String name, String organisation, Long chamberId,
                               String licenceNumber, Set<Speciality> specialities, String mobile, Boolean active) {
}
