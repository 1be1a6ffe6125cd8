package cn.qinqing.member;

import cn.qinqing.shared.standard.CreditCodeKind;

/** 企业类型: 私营企业, 个体工商户, 农民专业合作社, 港澳台投资企业, 其他. */
public enum OrganisationKind {
    PRIVATE_ENTERPRISE, INDIVIDUAL_BUSINESS, COOPERATIVE, HMT_INVESTED, OTHER;

    /** The kind a credit code implies when none is stated (positions 1-2). */
    public static OrganisationKind derivedFrom(CreditCodeKind code) {
        return switch (code) {
            case ENTERPRISE -> PRIVATE_ENTERPRISE;
            case INDIVIDUAL_BUSINESS -> INDIVIDUAL_BUSINESS;
            case FARMERS_COOPERATIVE -> COOPERATIVE;
            default -> OTHER;
        };
    }

    /** Whether a stated kind fits the code: an enterprise kind needs 91, 个体工商户 92, 合作社 93. */
    public boolean fits(CreditCodeKind code) {
        return switch (this) {
            case PRIVATE_ENTERPRISE, HMT_INVESTED -> code == CreditCodeKind.ENTERPRISE;
            case INDIVIDUAL_BUSINESS -> code == CreditCodeKind.INDIVIDUAL_BUSINESS;
            case COOPERATIVE -> code == CreditCodeKind.FARMERS_COOPERATIVE;
            case OTHER -> true;
        };
    }
}
