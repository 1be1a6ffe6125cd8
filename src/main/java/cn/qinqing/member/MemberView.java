package cn.qinqing.member;

import java.time.LocalDate;
import java.util.List;

/**
 * A member as pages and the API show it: personal numbers masked ({@code 370503********1234},
 * {@code 138****5678}); the full values need the unmask permission (see {@link MemberService#unmask}).
 * Only the year of birth is shown: the full birth date is the masked part of the ID number.
 */
public record MemberView(
        long id,
        long federationId,
        String memberNumber,
        MemberType type,
        MemberStatus status,
        String name,
        String creditCode,
        String legalRepresentative,
        Industry industry,
        OrganisationKind kind,
        EnterpriseSize size,
        boolean highTech,
        boolean local,
        String address,
        String contactName,
        String idNumber,
        Integer birthYear,
        Boolean male,
        String mobile,
        String employer,
        String position,
        PoliticalAffiliation politicalAffiliation,
        LocalDate joinedOn,
        LocalDate appliedOn,
        String reviewNote,
        List<Long> chamberIds) {
}
