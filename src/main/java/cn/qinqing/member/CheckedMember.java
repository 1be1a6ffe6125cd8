package cn.qinqing.member;

import java.time.LocalDate;

/**
 * A draft that passed {@link MemberRules}: codes normalised, kind derived where it was left
 * empty, and the facts the codes carry (local or out-of-town, birth date, sex) filled in.
 */
public record CheckedMember(
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
        boolean local,
        String address,
        String contactName,
        String employer,
        String position,
        PoliticalAffiliation politicalAffiliation,
        LocalDate birthDate,
        Boolean male,
        LocalDate joinedOn) {
}
