package cn.qinqing.appeal;

/** A leader wrote a supervision instruction (督办意见) on a supervised case; its handlers are told. */
public record SupervisionInstructed(long appealId, long federationId) {
}
