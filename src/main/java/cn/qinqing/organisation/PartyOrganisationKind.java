package cn.qinqing.organisation;

/** Kinds of party organisation: 党组, 商会行业党委, 党支部. */
public enum PartyOrganisationKind { PARTY_GROUP, SECTOR_COMMITTEE, BRANCH }
