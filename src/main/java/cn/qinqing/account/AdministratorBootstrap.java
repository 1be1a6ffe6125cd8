package cn.qinqing.account;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: creates the federation and the three built-in administrators (三员). Each gets
 * a one-time password, either from QINQING_BOOTSTRAP_PASSWORD (automated deployments) or random
 * and printed once to the console - never written to the log files or kept anywhere.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

    static final List<String> ADMINISTRATORS = List.of("sysadmin", "secadmin", "auditadmin");
    private static final List<Role> ROLES = List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
    private static final List<String> NAMES = List.of("系统管理员", "安全管理员", "安全审计员");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Accounts accounts;
    private final Federations federations;
    private final PasswordEncoder encoder;
    private final AccountProperties properties;
    private final AuditLog audit;

    AdministratorBootstrap(Accounts accounts, Federations federations, PasswordEncoder encoder,
                           AccountProperties properties, AuditLog audit) {
        this.accounts = accounts;
        this.federations = federations;
        this.encoder = encoder;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var home = federations.home();
        var given = properties.bootstrapPassword();
        if (given != null && !given.isBlank()) {
            PasswordPolicy.violation(null, given).ifPresent(key -> {
                throw new IllegalStateException("QINQING_BOOTSTRAP_PASSWORD 不符合密码规则 (" + key + ")");
            });
        }
        var printed = new StringBuilder();
        for (int i = 0; i < ADMINISTRATORS.size(); i++) {
            var username = ADMINISTRATORS.get(i);
            if (accounts.exists(username)) {
                continue;
            }
            var password = given != null && !given.isBlank() ? given : randomPassword();
            var id = accounts.insert(username, NAMES.get(i), encoder.encode(password), home.id());
            accounts.replaceGrants(id, Set.of(RoleGrant.of(ROLES.get(i))));
            audit.recordFor("system", null, "ACCOUNT_CREATE", "ACCOUNT", username, AuditResult.SUCCESS, "bootstrap");
            if (given == null || given.isBlank()) {
                printed.append(String.format("  %-11s %s%n", username, password));
            }
        }
        if (!printed.isEmpty()) {
            // Deliberately System.out, not the logger: the one-time passwords must not reach log files.
            System.out.println("""

                    ================ 亲清 Qinqing: 首次启动 / first start ================
                    %s 的内置管理员一次性密码（仅显示这一次，首次登录后必须修改）:
                    One-time passwords of the built-in administrators (shown once only):
                    %s======================================================================
                    """.formatted(home.name(), printed));
        }
    }

    private static String randomPassword() {
        var random = new SecureRandom();
        while (true) {
            var sb = new StringBuilder();
            for (int i = 0; i < 14; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            sb.insert(random.nextInt(sb.length()), '#');
            var candidate = sb.toString();
            if (PasswordPolicy.classes(candidate) == 4) {
                return candidate;
            }
        }
    }
}
