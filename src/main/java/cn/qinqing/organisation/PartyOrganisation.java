package cn.qinqing.organisation;

import java.time.LocalDate;

/**
 * A party organisation (党组织) in a federation's organ or in one of its chambers.
 *
 * @param federationId the federation it belongs to; for a chamber's organisation, the chamber's federation
 * @param chamberId    the chamber hosting it, or null when it sits in the federation organ
 * @param chamberName  that chamber's name, or null
 */
public record PartyOrganisation(long id, PartyOrganisationKind kind, String name, String secretaryName,
                                int memberCount, LocalDate foundedOn, String remarks,
                                long federationId, String federationName, Long chamberId,
                                String chamberName) {

    public boolean inChamber() {
        return chamberId != null;
    }
}
