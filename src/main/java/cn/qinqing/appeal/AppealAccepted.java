package cn.qinqing.appeal;

import java.time.LocalDate;

/** A case was accepted (已受理); it must be resolved by {@code handlingDue}. */
public record AppealAccepted(long appealId, long federationId, LocalDate handlingDue) {
}
