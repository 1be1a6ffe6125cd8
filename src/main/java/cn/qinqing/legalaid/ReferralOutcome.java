package cn.qinqing.legalaid;

/** How a referral ended (转介结果). */
public enum ReferralOutcome {
    /** 调解成功. */
    SETTLED,
    /** 调解不成. */
    NOT_SETTLED,
    /** 转诉讼: the dispute goes to court. */
    LITIGATION,
    /** 已解答: the question was answered. */
    ANSWERED
}
