package cn.qinqing.appeal;

import java.time.LocalDateTime;

/**
 * One step of a case from a paper ledger (台账), with when it was taken and by whom.
 *
 * @param at           local time in the federation's time zone
 * @param actorName    who took the step as the ledger names them (e.g. "区市场监管局 张三"); null: the clerk
 * @param note         the note, reason, reply or follow-up comment the step takes
 * @param departmentId for a transfer, the department
 * @param days         for an extension request, the working days asked for
 * @param rating       for a follow-up, the verdict
 */
public record PastStep(AppealAction action, LocalDateTime at, String actorName, String note, Long departmentId,
                       Integer days, Rating rating) {

    public static PastStep of(AppealAction action, LocalDateTime at, String actorName, String note) {
        return new PastStep(action, at, actorName, note, null, null, null);
    }
}
