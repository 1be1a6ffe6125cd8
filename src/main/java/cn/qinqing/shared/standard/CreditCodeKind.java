package cn.qinqing.shared.standard;

/**
 * The kind of organisation a unified social credit code names (positions 1-2, GB 32100-2015
 * appendix): the registering authority followed by the kind of body it registers.
 */
public enum CreditCodeKind {
    /** 11 机关. */
    GOVERNMENT_ORGAN("11"),
    /** 12 事业单位. */
    PUBLIC_INSTITUTION("12"),
    /** 51 社会团体, e.g. a chamber of commerce. */
    SOCIAL_GROUP("51"),
    /** 52 民办非企业单位. */
    PRIVATE_NON_ENTERPRISE("52"),
    /** 53 基金会. */
    FOUNDATION("53"),
    /** 91 企业. */
    ENTERPRISE("91"),
    /** 92 个体工商户. */
    INDIVIDUAL_BUSINESS("92"),
    /** 93 农民专业合作社. */
    FARMERS_COOPERATIVE("93"),
    /** Any other authority or kind (lawyers' offices, religious bodies, trade unions...). */
    OTHER("");

    private final String code;

    CreditCodeKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CreditCodeKind of(String kindCode) {
        for (var kind : values()) {
            if (!kind.code.isEmpty() && kind.code.equals(kindCode)) {
                return kind;
            }
        }
        return OTHER;
    }
}
