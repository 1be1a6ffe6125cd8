package cn.qinqing.member;

import java.time.LocalDate;

/** Published when an application is approved or a former member is re-admitted. */
public record MemberAdmitted(long memberId, long federationId, MemberType type, LocalDate on, boolean readmission) {
}
