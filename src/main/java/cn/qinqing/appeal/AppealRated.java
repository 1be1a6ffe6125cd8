package cn.qinqing.appeal;

/** The submitter rated the resolution at follow-up (回访评价). */
public record AppealRated(long appealId, long federationId, Rating rating) {
}
