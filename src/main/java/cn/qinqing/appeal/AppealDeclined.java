package cn.qinqing.appeal;

/** A case was declined (不予受理); the reason is in its history. */
public record AppealDeclined(long appealId, long federationId) {
}
