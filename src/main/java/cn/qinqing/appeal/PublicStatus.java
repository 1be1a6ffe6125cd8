package cn.qinqing.appeal;

/**
 * A case as its submitter looks it up without an account (进度查询): the status, and the reply once
 * the case is resolved - nothing else.
 */
public record PublicStatus(String trackingNumber, AppealStatus status, String reply) {
}
