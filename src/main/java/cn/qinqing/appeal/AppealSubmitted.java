package cn.qinqing.appeal;

import java.time.LocalDate;

/** A case was filed (诉求已提交) and awaits acceptance by {@code acceptDue}. */
public record AppealSubmitted(long appealId, long federationId, Long memberId, AppealChannel channel,
                              String category, LocalDate acceptDue) {
}
