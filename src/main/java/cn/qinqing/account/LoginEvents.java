package cn.qinqing.account;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.QinqingUser;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits every login and failed login (form and HTTP Basic alike) and locks an account after
 * too many failures in a row.
 */
@Component
class LoginEvents {

    private final Accounts accounts;
    private final AuditLog audit;
    private final AccountProperties properties;

    LoginEvents(Accounts accounts, AuditLog audit, AccountProperties properties) {
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof QinqingUser user) {
            accounts.recordSuccess(user.username());
            audit.recordFor(user.username(), user.roleNames(), "LOGIN", "ACCOUNT", user.username(),
                    AuditResult.SUCCESS, null);
        }
    }

    @EventListener
    @Transactional
    void failed(AbstractAuthenticationFailureEvent event) {
        var username = cut(event.getAuthentication().getName());
        if (event instanceof AuthenticationFailureLockedEvent) {
            audit.recordFor(username, null, "LOGIN", "ACCOUNT", username, AuditResult.FAILURE, "account locked");
            return;
        }
        if (!accounts.exists(username)) {
            // People sometimes type their password into the name field; an unknown name is
            // therefore not written to the audit trail, only the fact of the attempt.
            audit.recordFor("(unknown)", null, "LOGIN", "ACCOUNT", null, AuditResult.FAILURE, "unknown account");
            return;
        }
        var failures = accounts.recordFailure(username);
        audit.recordFor(username, null, "LOGIN", "ACCOUNT", username, AuditResult.FAILURE, "bad credentials");
        if (failures >= properties.maxFailedLogins()) {
            accounts.lock(username, Instant.now().plus(properties.lockDuration()));
            audit.recordFor(username, null, "LOCK", "ACCOUNT", username, AuditResult.SUCCESS,
                    failures + " failed logins");
        }
    }

    private static String cut(String username) {
        if (username == null || username.isBlank()) {
            return "(empty)";
        }
        return username.length() > 32 ? username.substring(0, 32) : username.toLowerCase();
    }
}
