package cn.qinqing.legalaid;

/** A case was referred to a panel lawyer or mediator. */
public record AppealReferred(long referralId, long appealId, long panelMemberId) {
}
