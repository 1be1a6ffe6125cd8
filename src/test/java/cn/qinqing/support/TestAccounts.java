package cn.qinqing.support;

import cn.qinqing.account.AccountService;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Creates accounts of one's own for a test, through the real {@link AccountService}, so tests
 * never share (or change the password of) the bootstrap administrators.
 */
public final class TestAccounts {

    /** An account a test created: its unique name, display name and current password. */
    public record TestAccount(long id, String username, String displayName, String password) {
    }

    private final AccountService accounts;
    private final Federations federations;
    private final JdbcClient jdbc;

    public TestAccounts(AccountService accounts, Federations federations, JdbcClient jdbc) {
        this.accounts = accounts;
        this.federations = federations;
        this.jdbc = jdbc;
    }

    /** A new account in the home federation, still holding its one-time password. */
    public TestAccount withOneTimePassword(String displayName, Role role) {
        var username = "t" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(100, 1000);
        var password = "Start#" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "x";
        var id = accounts.create(username, displayName, password, federations.home().id());
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        return new TestAccount(id, username, displayName, password);
    }

    /** A new account whose password counts as already changed, for journeys past the first login. */
    public TestAccount ready(String displayName, Role role) {
        var account = withOneTimePassword(displayName, role);
        jdbc.sql("update app_user set must_change_password = false, password_changed_at = now() where id = ?")
                .param(account.id()).update();
        return account;
    }
}
