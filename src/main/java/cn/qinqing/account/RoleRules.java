package cn.qinqing.account;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.Role.Binding;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a set of roles may look like: the three administrator roles exclude each other and every
 * business role (三员分立, so no account is a superuser), and each bound role names exactly the
 * one object it acts for - the chamber, member or department - while no other role names one.
 */
final class RoleRules {

    static final Map<Binding, String> FIELDS = Map.of(
            Binding.CHAMBER, "chamberId", Binding.MEMBER, "memberId", Binding.DEPARTMENT, "departmentId");

    private RoleRules() {
    }

    /** The roles with these names; an unknown name is refused. */
    static Set<Role> parse(Collection<String> names) {
        var roles = EnumSet.noneOf(Role.class);
        for (var name : names == null ? List.<String>of() : names) {
            roles.add(known(name));
        }
        return roles;
    }

    /** The grants for these roles and ids, or every rule they break. */
    static Set<RoleGrant> grants(Set<Role> roles, Long chamberId, Long memberId, Long departmentId) {
        var errors = new ArrayList<FieldError>();
        if (roles.stream().anyMatch(Role::administrator) && roles.size() > 1) {
            errors.add(new FieldError("roles", "account.roles.separation"));
        }
        for (var kind : List.of(Binding.CHAMBER, Binding.MEMBER, Binding.DEPARTMENT)) {
            var id = switch (kind) {
                case CHAMBER -> chamberId;
                case MEMBER -> memberId;
                default -> departmentId;
            };
            var needed = roles.stream().anyMatch(r -> r.binding() == kind);
            var field = FIELDS.get(kind);
            if (needed && id == null) {
                errors.add(new FieldError(field, "account.roles.binding-required." + kind));
            } else if (!needed && id != null) {
                errors.add(new FieldError(field, "account.roles.binding-not-needed." + kind));
            } else if (id != null && id <= 0) {
                errors.add(new FieldError(field, "account.roles.binding-positive"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var grants = new LinkedHashSet<RoleGrant>();
        for (var role : roles) {
            grants.add(new RoleGrant(role,
                    role.binding() == Binding.CHAMBER ? chamberId : null,
                    role.binding() == Binding.MEMBER ? memberId : null,
                    role.binding() == Binding.DEPARTMENT ? departmentId : null));
        }
        return grants;
    }

    /** The grants for the audit trail, e.g. {@code CHAMBER_SECRETARY(chamber 5),STAFF}, or a dash when none. */
    static String describe(Collection<RoleGrant> grants) {
        if (grants.isEmpty()) {
            return "-";
        }
        return grants.stream().sorted((a, b) -> a.role().compareTo(b.role())).map(g -> switch (g.role().binding()) {
            case CHAMBER -> g.role().name() + "(chamber " + g.chamberId() + ")";
            case MEMBER -> g.role().name() + "(member " + g.memberId() + ")";
            case DEPARTMENT -> g.role().name() + "(department " + g.departmentId() + ")";
            case NONE -> g.role().name();
        }).reduce((a, b) -> a + "," + b).orElse("-");
    }

    private static Role known(String name) {
        try {
            return Role.valueOf(name == null ? "" : name.trim());
        } catch (IllegalArgumentException e) {
            var shown = name == null ? "" : name.length() > 40 ? name.substring(0, 40) : name;
            throw new ValidationException("roles", "account.roles.unknown", shown);
        }
    }
}
