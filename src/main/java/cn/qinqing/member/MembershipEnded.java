package cn.qinqing.member;

import java.time.LocalDate;

/** Published when a membership lapses, is withdrawn or the member is expelled. */
public record MembershipEnded(long memberId, long federationId, MemberStatus status, LocalDate on) {
}
