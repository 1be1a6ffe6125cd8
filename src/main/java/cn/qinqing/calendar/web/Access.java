package cn.qinqing.calendar.web;

/** Who may use the calendar: everyone signed in reads it; the system administrator keeps it. */
final class Access {

    /** Business roles and the system administrator (the calendar is configuration, not business data). */
    static final String READERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY','MEMBER',"
            + "'DEPARTMENT_LIAISON','SYSTEM_ADMIN')";
    static final String KEEPERS = "hasRole('SYSTEM_ADMIN')";

    private Access() {
    }
}
