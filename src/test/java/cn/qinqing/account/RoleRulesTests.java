package cn.qinqing.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.shared.web.ValidationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleRulesTests {

    private static final List<Role> ADMINS = List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);

    @Test
    void anAdministratorRoleAloneIsAllowed() {
        for (var admin : ADMINS) {
            assertThat(RoleRules.grants(EnumSet.of(admin), null, null, null)).containsExactly(RoleGrant.of(admin));
        }
    }

    @Test
    void everyAdministratorRoleExcludesEveryOtherRole() {
        for (var admin : ADMINS) {
            for (var other : Role.values()) {
                if (other == admin) {
                    continue;
                }
                var roles = EnumSet.of(admin, other);
                // Whatever else the ids break, the separation of duties is named.
                assertThat(keys(() -> RoleRules.grants(roles, 1L, 1L, 1L)))
                        .as(admin + "+" + other).contains("account.roles.separation");
            }
        }
    }

    @Test
    void randomSetsOfBusinessRolesWithTheirIdsAreAllowedAndAnyAdminAddedIsRefused() {
        var random = new Random(20260501L);
        var business = EnumSet.complementOf(EnumSet.copyOf(ADMINS)).toArray(Role[]::new);
        for (int round = 0; round < 500; round++) {
            var roles = EnumSet.noneOf(Role.class);
            for (var role : business) {
                if (random.nextBoolean()) {
                    roles.add(role);
                }
            }
            var chamber = roles.contains(Role.CHAMBER_SECRETARY) ? 1L + random.nextInt(1000) : null;
            var member = roles.contains(Role.MEMBER) ? 1L + random.nextInt(1000) : null;
            var department = roles.contains(Role.DEPARTMENT_LIAISON) ? 1L + random.nextInt(1000) : null;
            assertThat(RoleRules.grants(roles, chamber, member, department)).hasSize(roles.size());
            var withAdmin = EnumSet.copyOf(roles);
            withAdmin.add(ADMINS.get(random.nextInt(3)));
            if (!roles.isEmpty()) {
                assertThat(keys(() -> RoleRules.grants(withAdmin, chamber, member, department)))
                        .contains("account.roles.separation");
            }
        }
    }

    @Test
    void boundRolesNeedTheirIdAndCarryIt() {
        assertThat(keys(() -> RoleRules.grants(EnumSet.of(Role.CHAMBER_SECRETARY), null, null, null)))
                .containsExactly("chamberId:account.roles.binding-required.CHAMBER");
        assertThat(keys(() -> RoleRules.grants(EnumSet.of(Role.MEMBER), null, null, null)))
                .containsExactly("memberId:account.roles.binding-required.MEMBER");
        assertThat(keys(() -> RoleRules.grants(EnumSet.of(Role.DEPARTMENT_LIAISON), null, null, null)))
                .containsExactly("departmentId:account.roles.binding-required.DEPARTMENT");
        assertThat(RoleRules.grants(EnumSet.of(Role.CHAMBER_SECRETARY, Role.STAFF), 7L, null, null))
                .containsExactlyInAnyOrder(new RoleGrant(Role.CHAMBER_SECRETARY, 7L, null, null), RoleGrant.of(Role.STAFF));
    }

    @Test
    void anIdForARoleThatNeedsNoneIsRefused() {
        assertThat(keys(() -> RoleRules.grants(EnumSet.of(Role.STAFF), 3L, 4L, 5L))).containsExactly(
                "chamberId:account.roles.binding-not-needed.CHAMBER",
                "memberId:account.roles.binding-not-needed.MEMBER",
                "departmentId:account.roles.binding-not-needed.DEPARTMENT");
    }

    @Test
    void idsMustBePositive() {
        assertThat(keys(() -> RoleRules.grants(EnumSet.of(Role.MEMBER), null, 0L, null)))
                .containsExactly("memberId:account.roles.binding-positive");
        assertThat(keys(() -> RoleRules.grants(EnumSet.of(Role.CHAMBER_SECRETARY), -5L, null, null)))
                .containsExactly("chamberId:account.roles.binding-positive");
    }

    @Test
    void unknownRoleNamesAreRefusedAndKnownOnesParsed() {
        assertThat(RoleRules.parse(List.of("STAFF", "LEADER", "STAFF"))).containsExactly(Role.STAFF, Role.LEADER);
        assertThat(RoleRules.parse(null)).isEmpty();
        for (var bad : new String[] {"ADMIN", "staff", "ROLE_STAFF", "", "SUPERUSER"}) {
            assertThatThrownBy(() -> RoleRules.parse(List.of("STAFF", bad))).as(bad)
                    .isInstanceOfSatisfying(ValidationException.class, e ->
                            assertThat(e.errors().get(0).messageKey()).isEqualTo("account.roles.unknown"));
        }
    }

    @Test
    void theAuditDescriptionNamesRolesAndBindings() {
        assertThat(RoleRules.describe(Set.of())).isEqualTo("-");
        assertThat(RoleRules.describe(Set.of(RoleGrant.of(Role.LEADER), new RoleGrant(Role.CHAMBER_SECRETARY, 5L, null, null),
                RoleGrant.of(Role.STAFF)))).isEqualTo("STAFF,LEADER,CHAMBER_SECRETARY(chamber 5)");
    }

    /** The "field:key" of every broken rule, or the separation key alone (the field is "roles"). */
    private static List<String> keys(Runnable call) {
        try {
            call.run();
            return List.of();
        } catch (ValidationException e) {
            return e.errors().stream().map(f -> f.field().equals("roles") ? f.messageKey()
                    : f.field() + ":" + f.messageKey()).toList();
        }
    }
}
