package cn.qinqing.shared.security;

/** A role held by an account, with the chamber, member or department a bound role acts for. */
public record RoleGrant(Role role, Long chamberId, Long memberId, Long departmentId) {

    public static RoleGrant of(Role role) {
        return new RoleGrant(role, null, null, null);
    }
}
