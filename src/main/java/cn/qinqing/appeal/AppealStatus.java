package cn.qinqing.appeal;

/**
 * Where a case (诉求) stands: 待受理, 已受理, 不予受理, 办理中, 已转办, 延期审批中, 已办结, 已归档.
 * The handling states are those in which the federation or a department works on the case.
 */
public enum AppealStatus {
    SUBMITTED, ACCEPTED, DECLINED, IN_PROGRESS, TRANSFERRED, EXTENSION_REQUESTED, RESOLVED, ARCHIVED;

    /** True while the case waits for acceptance or is being handled: notes may be added, time runs. */
    public boolean open() {
        return this == SUBMITTED || this == ACCEPTED || handling();
    }

    /** True while someone works on the case after acceptance (the handling time limit runs). */
    public boolean handling() {
        return this == IN_PROGRESS || this == TRANSFERRED || this == EXTENSION_REQUESTED;
    }
}
