package cn.qinqing.organisation;

/**
 * Filters of the party organisation list; null means "any".
 *
 * @param name       part of the name
 * @param attachment whether it sits in the federation organ or in a chamber
 */
public record PartyOrganisationFilter(PartyOrganisationKind kind, String name, Attachment attachment,
                                      Long federationId, Long chamberId) {

    /** Where a party organisation sits (隶属). */
    public enum Attachment { FEDERATION, CHAMBER }

    public static PartyOrganisationFilter none() {
        return new PartyOrganisationFilter(null, null, null, null, null);
    }
}
