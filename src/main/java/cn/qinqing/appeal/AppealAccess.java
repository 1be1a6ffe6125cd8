package cn.qinqing.appeal;

import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import java.util.ArrayList;
import java.util.Map;

/**
 * Who sees which case and who may take which step (诉求保密). Federation staff, leaders and
 * vice-chairs see the cases of their federation and those below it; a member sees its own cases; a
 * department liaison sees the cases transferred to its department; a chamber secretary sees a
 * member's case only when the submitter allowed that chamber and the member belongs to it.
 * Administrators see none. An account with several roles sees what any of them sees.
 */
final class AppealAccess {

    private final QinqingUser user;
    private final String federationPath;
    private final Long memberId;
    private final Long departmentId;
    private final Long chamberId;

    private AppealAccess(QinqingUser user) {
        this.user = user;
        boolean federationWide = user.has(Role.STAFF) || user.has(Role.LEADER) || user.has(Role.VICE_CHAIR);
        this.federationPath = federationWide ? user.federationPath() : null;
        this.memberId = user.grant(Role.MEMBER).map(RoleGrant::memberId).orElse(null);
        this.departmentId = user.grant(Role.DEPARTMENT_LIAISON).map(RoleGrant::departmentId).orElse(null);
        this.chamberId = user.grant(Role.CHAMBER_SECRETARY).map(RoleGrant::chamberId).orElse(null);
    }

    static AppealAccess of(QinqingUser user) {
        return new AppealAccess(user);
    }

    QinqingUser user() {
        return user;
    }

    /** The member this account acts for, or null. */
    Long memberId() {
        return memberId;
    }

    /** True for staff, leaders and vice-chairs: they register cases for others and see their federation's. */
    boolean federationWide() {
        return federationPath != null;
    }

    /** True when this account sees no case at all (administrators, accounts without a case role). */
    boolean seesNone() {
        return federationPath == null && memberId == null && departmentId == null && chamberId == null;
    }

    /**
     * The SQL condition on {@code a} (appeal) and {@code f} (its federation) for the cases this
     * account sees; puts its parameters into {@code params}.
     */
    String condition(Map<String, Object> params) {
        var any = new ArrayList<String>();
        if (federationPath != null) {
            any.add("f.path like :scopePath");
            params.put("scopePath", federationPath + "%");
        }
        if (memberId != null) {
            any.add("a.member_id = :ownMember");
            params.put("ownMember", memberId);
        }
        if (departmentId != null) {
            any.add("a.department_id = :ownDepartment");
            params.put("ownDepartment", departmentId);
        }
        if (chamberId != null) {
            any.add("""
                    (a.chamber_visible and a.chamber_id = :ownChamber and exists (select 1 from member_chamber mc
                      where mc.member_id = a.member_id and mc.chamber_id = a.chamber_id))""");
            params.put("ownChamber", chamberId);
        }
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    /** True when this account may take the step on a case it sees (the status is the aggregate's concern). */
    boolean may(AppealAction action, String casePath, Long caseMember, Long caseDepartment) {
        boolean staff = (user.has(Role.STAFF) || user.has(Role.LEADER)) && within(casePath);
        boolean leader = user.has(Role.LEADER) && within(casePath);
        boolean liaison = departmentId != null && departmentId.equals(caseDepartment);
        boolean owner = memberId != null && memberId.equals(caseMember);
        return switch (action) {
            case ACCEPT, DECLINE, HANDLE, TRANSFER, ARCHIVE -> staff;
            case NOTE -> staff || liaison || (user.has(Role.VICE_CHAIR) && within(casePath));
            case REQUEST_EXTENSION, RESOLVE -> staff || liaison;
            case APPROVE_EXTENSION, REFUSE_EXTENSION -> leader;
            case RATE -> owner || staff;
            case SUPERVISION_NOTE -> leader;
            case SUBMIT, REOPEN, REMINDED, SUPERVISED -> false;
        };
    }

    /** A member reading its own case is not audited; every other read is. */
    boolean auditsRead(String casePath, Long caseMember) {
        boolean owner = memberId != null && memberId.equals(caseMember);
        return !owner || within(casePath) || departmentId != null || chamberId != null;
    }

    private boolean within(String casePath) {
        return federationPath != null && casePath != null && casePath.startsWith(federationPath);
    }
}
