package cn.qinqing.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.qinqing.account.RoleAdministration.RoleAssignment;
import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.shared.web.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** How role grants use {@link BindingTargets}: present, absent, and naming objects outside the scope. */
class RoleAdministrationBindingTests {

    private static final QinqingUser SECADMIN = user(1, "secadmin", "/1/2/3/", RoleGrant.of(Role.SECURITY_ADMIN));
    private static final QinqingUser TARGET = user(42, "wang-wu", "/1/2/3/", RoleGrant.of(Role.STAFF));

    private final Accounts accounts = mock(Accounts.class);
    private final AccountDirectory directory = mock(AccountDirectory.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final BindingTargets targets = mock(BindingTargets.class);

    RoleAdministrationBindingTests() {
        when(accounts.findByUsername("wang-wu")).thenReturn(Optional.of(TARGET));
        when(directory.find(anyString(), anyString())).thenReturn(Optional.of(new AccountView("wang-wu", "王五", 3,
                "河口区工商业联合会", List.of(), null, null, null, true, false, null, false, null, null)));
    }

    @Test
    void withoutBindingTargetsABoundRoleIsRefusedAsUnverifiable() {
        var roles = service(null);
        assertThatThrownBy(() -> roles.replace(SECADMIN, "wang-wu",
                new RoleAssignment(List.of("CHAMBER_SECRETARY"), 5L, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("chamberId");
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("account.roles.binding-unverifiable");
                });
        verify(accounts, never()).replaceGrants(anyLong(), any());
        verify(audit).record(eq("ROLE_GRANT"), eq("ACCOUNT"), eq("wang-wu"), eq(AuditResult.FAILURE),
                eq("account.roles.binding-unverifiable"));
    }

    @Test
    void withoutBindingTargetsUnboundRolesAreStillGranted() {
        service(null).replace(SECADMIN, "wang-wu", new RoleAssignment(List.of("LEADER"), null, null, null));
        verify(accounts).replaceGrants(42, Set.of(RoleGrant.of(Role.LEADER)));
        verify(audit).record("ROLE_GRANT", "ACCOUNT", "wang-wu", AuditResult.SUCCESS, "STAFF -> LEADER");
    }

    @Test
    void aChamberInTheAccountsFederationIsGranted() {
        when(targets.chamberExists(5L, "/1/2/3/")).thenReturn(true);
        service(targets).replace(SECADMIN, "wang-wu", new RoleAssignment(List.of("CHAMBER_SECRETARY"), 5L, null, null));
        verify(accounts).replaceGrants(42, Set.of(new RoleGrant(Role.CHAMBER_SECRETARY, 5L, null, null)));
    }

    @Test
    void aMemberOrDepartmentOutsideTheAccountsFederationIsRefused() {
        when(targets.memberExists(9L, "/1/2/3/")).thenReturn(false);
        when(targets.departmentExists(8L, "/1/2/3/")).thenReturn(false);
        var roles = service(targets);
        assertThatThrownBy(() -> roles.replace(SECADMIN, "wang-wu", new RoleAssignment(List.of("MEMBER"), null, 9L, null)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors().get(0).messageKey()).isEqualTo("account.roles.binding-unknown.MEMBER"));
        assertThatThrownBy(() -> roles.replace(SECADMIN, "wang-wu",
                new RoleAssignment(List.of("DEPARTMENT_LIAISON"), null, null, 8L)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors().get(0).messageKey()).isEqualTo("account.roles.binding-unknown.DEPARTMENT"));
        verify(accounts, never()).replaceGrants(anyLong(), any());
    }

    private RoleAdministration service(BindingTargets bean) {
        var factory = new StaticListableBeanFactory();
        if (bean != null) {
            factory.addBean("bindingTargets", bean);
        }
        ObjectProvider<BindingTargets> provider = factory.getBeanProvider(BindingTargets.class);
        return new RoleAdministration(accounts, directory, provider, audit);
    }

    private static QinqingUser user(long id, String username, String path, RoleGrant... grants) {
        return new QinqingUser(id, username, username, "{pbkdf2-sm3}x", 3, path, Set.of(grants), false, true, null);
    }
}
