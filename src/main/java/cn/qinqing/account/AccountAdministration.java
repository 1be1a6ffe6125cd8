package cn.qinqing.account;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import java.util.Arrays;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理: what the system administrator does with accounts - create them with a one-time
 * password, reset that password, unlock, disable and enable. Every account it touches lies in
 * the administrator's own federation or below; others answer as unknown.
 */
@Service
public class AccountAdministration {

    public static final int MAX_PAGE_SIZE = 100;

    /** A new account; without a federation it joins the administrator's own. */
    public record NewAccount(String username, String displayName, String password, Long federationId) {
    }

    private final Accounts accounts;
    private final AccountDirectory directory;
    private final AccountService accountService;
    private final Federations federations;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountAdministration(Accounts accounts, AccountDirectory directory, AccountService accountService,
                          Federations federations, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.directory = directory;
        this.accountService = accountService;
        this.federations = federations;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public AccountView create(QinqingUser admin, NewAccount account) {
        var federationId = account.federationId() == null ? admin.federationId() : account.federationId();
        federations.byId(federationId).filter(f -> f.path().startsWith(admin.federationPath()))
                .orElseThrow(() -> new ValidationException("federationId", "account.federation.out-of-scope"));
        try {
            accountService.create(account.username(), account.displayName(), account.password(), federationId);
        } catch (AccountException e) {
            throw new ValidationException(e.field(), e.messageKey());
        }
        return get(admin, account.username());
    }

    @Transactional(readOnly = true)
    public PageView<AccountView> search(QinqingUser admin, AccountFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ValidationException("size", "account.page.invalid", MAX_PAGE_SIZE);
        }
        if (filter.role() != null && !filter.role().isBlank()
                && Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(filter.role().trim()))) {
            throw new ValidationException("role", "account.roles.unknown", cut(filter.role()));
        }
        if (filter.status() != null && !filter.status().isBlank() && Arrays.stream(AccountFilter.Status.values())
                .noneMatch(s -> s.name().equals(filter.status().trim()))) {
            throw new ValidationException("status", "account.filter.status-unknown");
        }
        if (filter.name() != null && filter.name().length() > 50) {
            throw new ValidationException("name", "account.filter.name-too-long");
        }
        var content = directory.search(admin.federationPath(), filter, page, size);
        return PageView.of(content, page, size, directory.count(admin.federationPath(), filter));
    }

    @Transactional(readOnly = true)
    public AccountView get(QinqingUser admin, String username) {
        if (username == null || username.length() > 32) {
            throw new NotFoundException();
        }
        return directory.find(admin.federationPath(), username).orElseThrow(NotFoundException::new);
    }

    /** Sets a new one-time password: the owner must change it at the next login. */
    @Transactional(noRollbackFor = ConflictException.class)
    public void resetPassword(QinqingUser admin, String username, String password) {
        var target = target(admin, username);
        if (target.id() == admin.id()) {
            refuse("ACCOUNT_PASSWORD_RESET", target, "account.reset.own");
        }
        if (target.has(Role.SECURITY_ADMIN) || target.has(Role.AUDIT_ADMIN)) {
            refuse("ACCOUNT_PASSWORD_RESET", target, "account.reset.other-administrator");
        }
        PasswordPolicy.violation(target.username(), password).ifPresent(key -> {
            throw new ValidationException("password", key);
        });
        accounts.updatePassword(target.id(), encoder.encode(password), true);
        audit.record("ACCOUNT_PASSWORD_RESET", "ACCOUNT", target.username(), AuditResult.SUCCESS);
    }

    @Transactional
    public void unlock(QinqingUser admin, String username) {
        var target = target(admin, username);
        accounts.unlock(target.id());
        audit.record("ACCOUNT_UNLOCK", "ACCOUNT", target.username(), AuditResult.SUCCESS);
    }

    /** Disables or enables an account; a disabled one is signed out at its next request. */
    @Transactional(noRollbackFor = ConflictException.class)
    public void setEnabled(QinqingUser admin, String username, boolean enabled) {
        var target = target(admin, username);
        var action = enabled ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE";
        if (!enabled && target.id() == admin.id()) {
            refuse(action, target, "account.disable.own");
        }
        if (!enabled && AdministratorBootstrap.ADMINISTRATORS.contains(target.username())) {
            refuse(action, target, "account.disable.built-in");
        }
        accounts.setEnabled(target.id(), enabled);
        audit.record(action, "ACCOUNT", target.username(), AuditResult.SUCCESS);
    }

    private QinqingUser target(QinqingUser admin, String username) {
        if (username == null || username.length() > 32) {
            throw new NotFoundException();
        }
        return accounts.findByUsername(username)
                .filter(u -> u.federationPath().startsWith(admin.federationPath()))
                .orElseThrow(NotFoundException::new);
    }

    /** A refused command is a security event: it is audited, then answered 409. */
    private void refuse(String action, QinqingUser target, String messageKey) {
        audit.record(action, "ACCOUNT", target.username(), AuditResult.FAILURE, messageKey);
        throw new ConflictException(messageKey);
    }

    private static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) : value;
    }
}
