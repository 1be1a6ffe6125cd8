package cn.qinqing.account;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An account as administrators see it; never the password hash.
 *
 * @param roles        role names in the order of {@link cn.qinqing.shared.security.Role}
 * @param chamberId    the chamber the CHAMBER_SECRETARY role acts for, or null
 * @param memberId     the member the MEMBER role acts for, or null
 * @param departmentId the department the DEPARTMENT_LIAISON role acts for, or null
 * @param locked       true while failed logins keep the account locked
 * @param lockedUntil  when the lock ends (Asia/Shanghai), or null when not locked
 */
public record AccountView(
        String username,
        String displayName,
        long federationId,
        String federationName,
        List<String> roles,
        Long chamberId,
        Long memberId,
        Long departmentId,
        boolean enabled,
        boolean locked,
        OffsetDateTime lockedUntil,
        boolean mustChangePassword,
        OffsetDateTime lastLoginAt,
        OffsetDateTime createdAt) {

    public AccountView {
        roles = List.copyOf(roles);
    }

    /** True when the account holds the role with this name. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
