package cn.qinqing.member;

import java.time.LocalDate;

/**
 * A member as typed - on the public application page, a staff form, the API or one row of an
 * import - before {@link MemberRules} has checked and normalised it.
 */
public record MemberDraft(
        MemberType type,
        String name,
        String creditCode,
        String legalRepresentative,
        String idNumber,
        String mobile,
        Industry industry,
        OrganisationKind kind,
        EnterpriseSize size,
        boolean highTech,
        String address,
        String contactName,
        String employer,
        String position,
        PoliticalAffiliation politicalAffiliation,
        LocalDate joinedOn) {
}
