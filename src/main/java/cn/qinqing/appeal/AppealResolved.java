package cn.qinqing.appeal;

/** A case was resolved (办结) with a reply to the submitter; follow-up (回访) is due. */
public record AppealResolved(long appealId, long federationId, Long departmentId) {
}
