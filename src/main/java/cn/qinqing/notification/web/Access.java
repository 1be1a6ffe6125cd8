package cn.qinqing.notification.web;

/** Who may use the inbox and contact settings: every business role; the three administrators see no business data. */
final class Access {

    static final String BUSINESS_USERS =
            "hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY','MEMBER','DEPARTMENT_LIAISON')";

    private Access() {
    }
}
