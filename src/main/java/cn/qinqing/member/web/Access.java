package cn.qinqing.member.web;

/** Who may do what with the member roll, for {@code @PreAuthorize}. */
final class Access {

    /** Read the roll: federation staff, leaders, part-time vice-chairs, chamber secretaries (their chamber). */
    static final String READERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')";
    /** Enter, edit and review members: staff, leaders and chamber secretaries (their chamber). */
    static final String WRITERS = "hasAnyRole('STAFF','LEADER','CHAMBER_SECRETARY')";
    /** Keep posts and dues and see full personal numbers: federation staff and leaders. */
    static final String KEEPERS = "hasAnyRole('STAFF','LEADER')";

    private Access() {
    }
}
