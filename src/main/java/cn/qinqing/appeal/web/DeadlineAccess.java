package cn.qinqing.appeal.web;

/** Who may use the overdue and supervision lists, for {@code @PreAuthorize}; the data scope narrows the rows. */
final class DeadlineAccess {

    /** The federation's people: staff, leaders and the vice-chairs. */
    static final String LISTS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR')";
    /** Supervision instructions (督办意见). */
    static final String LEADERS = "hasRole('LEADER')";

    private DeadlineAccess() {
    }
}
