package cn.qinqing.legalaid;

/** A referral's outcome was recorded. */
public record ReferralConcluded(long referralId, long appealId, ReferralOutcome outcome) {
}
