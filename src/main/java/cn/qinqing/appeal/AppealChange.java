package cn.qinqing.appeal;

/** One step the aggregate took, to be written to the case's history with who did it. */
record AppealChange(AppealAction action, AppealStatus from, AppealStatus to, String note, Long departmentId) {
}
