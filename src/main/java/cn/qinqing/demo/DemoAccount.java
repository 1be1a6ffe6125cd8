package cn.qinqing.demo;

import cn.qinqing.account.AccountAdministration;
import cn.qinqing.account.AccountAdministration.NewAccount;
import cn.qinqing.account.PasswordPolicy;
import cn.qinqing.account.RoleAdministration;
import cn.qinqing.account.RoleAdministration.RoleAssignment;
import cn.qinqing.organisation.Federation;
import cn.qinqing.shared.security.Role;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's sign-in: an account "demo" with the STAFF role and a random one-time password, made
 * through the account services as the bootstrap would (the system administrator creates it, the
 * security administrator grants the role). Skipped when the name is taken. The case demo adds two
 * department liaisons and a member's own account the same way.
 */
@Component
class DemoAccount {

    static final String USERNAME = "demo";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AccountAdministration accounts;
    private final RoleAdministration roles;
    private final JdbcClient jdbc;

    DemoAccount(AccountAdministration accounts, RoleAdministration roles, JdbcClient jdbc) {
        this.accounts = accounts;
        this.roles = roles;
        this.jdbc = jdbc;
    }

    /** Creates the account; returns its one-time password, or empty when "demo" already exists. */
    Optional<String> create(Federation home) {
        return create(home, USERNAME, "演示干部", new RoleAssignment(List.of(Role.STAFF.name()), null, null, null));
    }

    /** Creates an account with the roles given; returns its one-time password, or empty when the name is taken. */
    Optional<String> create(Federation home, String username, String displayName, RoleAssignment assignment) {
        if (jdbc.sql("select exists (select 1 from app_user where username = ?)").param(username).query(Boolean.class).single()) {
            return Optional.empty();
        }
        var password = oneTimePassword(username);
        accounts.create(DemoData.caller(home, Role.SYSTEM_ADMIN), new NewAccount(username, displayName, password, home.id()));
        roles.replace(DemoData.caller(home, Role.SECURITY_ADMIN), username, assignment);
        return Optional.of(password);
    }

    private static String oneTimePassword(String username) {
        var random = new SecureRandom();
        while (true) {
            var sb = new StringBuilder();
            for (int i = 0; i < 14; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            sb.insert(random.nextInt(sb.length()), '#');
            var candidate = sb.toString();
            if (PasswordPolicy.violation(username, candidate).isEmpty()) {
                return candidate;
            }
        }
    }
}
