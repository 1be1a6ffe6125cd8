package cn.qinqing.appeal;

/**
 * A step of the workflow as recorded in a case's history (办理过程): submitted, accepted or declined,
 * handled by staff or transferred (转办), notes, extension requested and decided, resolved (办结)
 * with a reply, rated at follow-up (回访), reopened after 不满意, archived (归档); and the time-limit
 * job's reminder (催办) and escalation to the leaders (督办), with a leader's supervision instruction (督办意见).
 */
public enum AppealAction {
    SUBMIT, ACCEPT, DECLINE, HANDLE, TRANSFER, NOTE, REQUEST_EXTENSION, APPROVE_EXTENSION, REFUSE_EXTENSION,
    RESOLVE, RATE, REOPEN, ARCHIVE, REMINDED, SUPERVISED, SUPERVISION_NOTE
}
