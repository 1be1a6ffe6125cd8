package cn.qinqing.appeal;

import java.time.Instant;

/** One step of a case's history (办理过程): who took it, when, from and to which status, and the note. */
public record AppealStep(long id, Instant occurredAt, String actorName, AppealAction action, AppealStatus fromStatus,
                         AppealStatus toStatus, String departmentName, String note) {
}
