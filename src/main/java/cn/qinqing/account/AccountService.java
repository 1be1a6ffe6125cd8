package cn.qinqing.account;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.QinqingUser;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on accounts: create one, change a password. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9_.-]{2,31}$");

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountService(Accounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Creates an account whose password is one-time: it must be changed at first login. */
    @Transactional
    public long create(String username, String displayName, String oneTimePassword, long federationId) {
        var name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("username", "account.username.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.trim().length() > 50) {
            throw new AccountException("displayName", "account.display-name.invalid");
        }
        PasswordPolicy.violation(name, oneTimePassword).ifPresent(key -> {
            throw new AccountException("password", key);
        });
        if (accounts.exists(name)) {
            throw new AccountException("username", "account.username.taken");
        }
        var id = accounts.insert(name, displayName.trim(), encoder.encode(oneTimePassword), federationId);
        audit.record("ACCOUNT_CREATE", "ACCOUNT", name, AuditResult.SUCCESS);
        return id;
    }

    /**
     * Changes the caller's own password after checking the current one. A refusal writes nothing
     * but its audit record, which must survive the refusal.
     */
    @Transactional(noRollbackFor = AccountException.class)
    public void changePassword(QinqingUser user, String currentPassword, String newPassword) {
        var stored = accounts.findByUsername(user.username()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, stored.passwordHash())) {
            audit.record("PASSWORD_CHANGE", "ACCOUNT", user.username(), AuditResult.FAILURE, "wrong current password");
            throw new AccountException("currentPassword", "password.current-wrong");
        }
        PasswordPolicy.violation(user.username(), newPassword).ifPresent(key -> {
            throw new AccountException("newPassword", key);
        });
        if (encoder.matches(newPassword, stored.passwordHash())) {
            throw new AccountException("newPassword", "password.same-as-current");
        }
        accounts.updatePassword(user.id(), encoder.encode(newPassword), false);
        audit.record("PASSWORD_CHANGE", "ACCOUNT", user.username(), AuditResult.SUCCESS);
    }
}
