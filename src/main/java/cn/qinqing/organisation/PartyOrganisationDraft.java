package cn.qinqing.organisation;

import java.time.LocalDate;

/**
 * What a caller submits to create or change a party organisation. Without federationId the
 * caller's own federation is meant; without chamberId the federation organ.
 */
public record PartyOrganisationDraft(PartyOrganisationKind kind, String name, String secretaryName,
                                     Integer memberCount, LocalDate foundedOn, String remarks,
                                     Long federationId, Long chamberId) {
}
