package cn.qinqing.appeal.web;

/** Who may do what with cases, for {@code @PreAuthorize}; the service narrows it to the cases each one sees. */
final class Access {

    /** Read cases: the federation's people, members (their own), chamber secretaries, department liaisons. */
    static final String READERS =
            "hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY','MEMBER','DEPARTMENT_LIAISON')";
    /** File a case: a member for itself; staff, leaders and duty vice-chairs for others. */
    static final String FILERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR','MEMBER')";
    /** Accept, decline, handle, transfer, archive; keep the subjects: federation staff and leaders. */
    static final String STAFF = "hasAnyRole('STAFF','LEADER')";
    /** Add progress notes. */
    static final String NOTERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR','DEPARTMENT_LIAISON')";
    /** Resolve a case or ask for more time: whoever handles it. */
    static final String HANDLERS = "hasAnyRole('STAFF','LEADER','DEPARTMENT_LIAISON')";
    /** Decide extension requests. */
    static final String LEADERS = "hasRole('LEADER')";
    /** Rate a resolution: the member, or staff recording a follow-up call. */
    static final String RATERS = "hasAnyRole('STAFF','LEADER','MEMBER')";

    private Access() {
    }
}
