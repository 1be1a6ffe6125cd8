package cn.qinqing.account;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role.Binding;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 角色授权: the security administrator replaces an account's roles. The rules are in
 * {@link RoleRules}; the objects bound roles name are checked through {@link BindingTargets}
 * in the account's federation. The change applies from the account's next request, because every
 * request reloads the account.
 */
@Service
public class RoleAdministration {

    /** The roles an account shall hold and the objects its bound roles act for. */
    public record RoleAssignment(List<String> roles, Long chamberId, Long memberId, Long departmentId) {
    }

    private final Accounts accounts;
    private final AccountDirectory directory;
    private final ObjectProvider<BindingTargets> targets;
    private final AuditLog audit;

    RoleAdministration(Accounts accounts, AccountDirectory directory, ObjectProvider<BindingTargets> targets,
                       AuditLog audit) {
        this.accounts = accounts;
        this.directory = directory;
        this.targets = targets;
        this.audit = audit;
    }

    @Transactional(noRollbackFor = ValidationException.class)
    public AccountView replace(QinqingUser securityAdmin, String username, RoleAssignment assignment) {
        if (username == null || username.length() > 32) {
            throw new NotFoundException();
        }
        var target = accounts.findByUsername(username)
                .filter(u -> u.federationPath().startsWith(securityAdmin.federationPath()))
                .orElseThrow(NotFoundException::new);
        Set<RoleGrant> grants;
        try {
            if (target.id() == securityAdmin.id()) {
                throw new ValidationException("roles", "account.roles.own");
            }
            if (AdministratorBootstrap.ADMINISTRATORS.contains(target.username())) {
                throw new ValidationException("roles", "account.roles.built-in");
            }
            grants = RoleRules.grants(RoleRules.parse(assignment.roles()), assignment.chamberId(),
                    assignment.memberId(), assignment.departmentId());
            checkTargets(grants, target.federationPath());
        } catch (ValidationException e) {
            // Refused grants are security events too; nothing else was written, so this record commits.
            audit.record("ROLE_GRANT", "ACCOUNT", target.username(), AuditResult.FAILURE,
                    e.errors().get(0).messageKey());
            throw e;
        }
        accounts.replaceGrants(target.id(), grants);
        audit.record("ROLE_GRANT", "ACCOUNT", target.username(), AuditResult.SUCCESS,
                RoleRules.describe(target.grants()) + " -> " + RoleRules.describe(grants));
        return directory.find(securityAdmin.federationPath(), target.username()).orElseThrow();
    }

    private void checkTargets(Set<RoleGrant> grants, String federationPath) {
        var bound = grants.stream().filter(g -> g.role().binding() != Binding.NONE).toList();
        if (bound.isEmpty()) {
            return;
        }
        var lookup = targets.getIfAvailable();
        for (var grant : bound) {
            var kind = grant.role().binding();
            var field = RoleRules.FIELDS.get(kind);
            if (lookup == null) {
                throw new ValidationException(field, "account.roles.binding-unverifiable");
            }
            var exists = switch (kind) {
                case CHAMBER -> lookup.chamberExists(grant.chamberId(), federationPath);
                case MEMBER -> lookup.memberExists(grant.memberId(), federationPath);
                case DEPARTMENT -> lookup.departmentExists(grant.departmentId(), federationPath);
                case NONE -> true;
            };
            if (!exists) {
                throw new ValidationException(field, "account.roles.binding-unknown." + kind);
            }
        }
    }
}
