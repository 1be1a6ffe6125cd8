package cn.qinqing.appeal;

import java.time.LocalDate;

/** A case rated 不满意 for the first time went back for review, to be resolved again by {@code handlingDue}. */
public record AppealReopened(long appealId, long federationId, Long departmentId, LocalDate handlingDue) {
}
