package cn.qinqing.member;

import java.util.Map;
import java.util.Optional;

/**
 * The Chinese words the roll files use for coded values (会员类型, 企业类型, 企业规模, 是/否), in
 * both directions: the import reads them, the export writes them, so an unmasked export can be
 * imported again.
 */
final class RollVocabulary {

    private static final Map<MemberType, String> TYPES = Map.of(
            MemberType.ENTERPRISE, "企业会员", MemberType.GROUP, "团体会员", MemberType.INDIVIDUAL, "个人会员");
    private static final Map<OrganisationKind, String> KINDS = Map.of(
            OrganisationKind.PRIVATE_ENTERPRISE, "私营企业", OrganisationKind.INDIVIDUAL_BUSINESS, "个体工商户",
            OrganisationKind.COOPERATIVE, "农民专业合作社", OrganisationKind.HMT_INVESTED, "港澳台投资企业",
            OrganisationKind.OTHER, "其他");
    private static final Map<EnterpriseSize, String> SIZES = Map.of(
            EnterpriseSize.LARGE, "大型", EnterpriseSize.MEDIUM, "中型", EnterpriseSize.SMALL, "小型",
            EnterpriseSize.MICRO, "微型");
    private static final Map<MemberStatus, String> STATUSES = Map.of(
            MemberStatus.APPLIED, "申请中", MemberStatus.REJECTED, "未通过", MemberStatus.ACTIVE, "在册",
            MemberStatus.LAPSED, "失效", MemberStatus.WITHDRAWN, "退会", MemberStatus.EXPELLED, "除名");
    private static final Map<PoliticalAffiliation, String> AFFILIATIONS = Map.of(
            PoliticalAffiliation.CPC_MEMBER, "中共党员", PoliticalAffiliation.DEMOCRATIC_PARTY, "民主党派",
            PoliticalAffiliation.NON_PARTY, "无党派人士", PoliticalAffiliation.MASSES, "群众");
    static final String YES = "是";
    static final String NO = "否";

    private RollVocabulary() {
    }

    /** 企业会员 / 团体会员 / 个人会员; the short forms 企业 / 团体 / 个人 are accepted too. */
    static Optional<MemberType> type(String text) {
        for (var entry : TYPES.entrySet()) {
            if (entry.getValue().equals(text) || entry.getValue().substring(0, 2).equals(text)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    static Optional<OrganisationKind> kind(String text) {
        return KINDS.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst();
    }

    /** 大 / 中 / 小 / 微, with or without 型. */
    static Optional<EnterpriseSize> size(String text) {
        for (var entry : SIZES.entrySet()) {
            if (entry.getValue().equals(text) || entry.getValue().substring(0, 1).equals(text)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** 是 / 否; a spreadsheet's TRUE / FALSE arrives as text and counts too. */
    static Optional<Boolean> yesNo(String text) {
        return switch (text.toUpperCase(java.util.Locale.ROOT)) {
            case YES, "TRUE" -> Optional.of(true);
            case NO, "FALSE" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static String of(MemberType type) {
        return type == null ? "" : TYPES.get(type);
    }

    static String of(OrganisationKind kind) {
        return kind == null ? "" : KINDS.get(kind);
    }

    static String of(EnterpriseSize size) {
        return size == null ? "" : SIZES.get(size);
    }

    static String of(MemberStatus status) {
        return status == null ? "" : STATUSES.get(status);
    }

    static String of(PoliticalAffiliation affiliation) {
        return affiliation == null ? "" : AFFILIATIONS.get(affiliation);
    }

    static String of(Industry industry) {
        return industry == null ? "" : industry.chineseName();
    }

    static String yesNo(boolean value) {
        return value ? YES : NO;
    }
}
