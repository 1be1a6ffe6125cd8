package cn.qinqing.support;

import cn.qinqing.account.AccountService;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one place where integration tests get accounts. Inject it ({@code @Autowired TestAccounts accounts})
 * into an {@code @IntegrationTest}:
 * <pre>
 * accounts.sysadmin().post("/api/v1/users", ...);          // the built-in administrators, ready to use
 * var name = accounts.create("staff", Role.STAFF);           // a fresh business account, unique name
 * accounts.api(name).get("/api/v1/organisation");          // HTTP Basic as that account
 * var secretary = accounts.createBound("sec", new RoleGrant(Role.CHAMBER_SECRETARY, chamberId, null, null));
 * </pre>
 * Every account made or readied here has the password {@link #PASSWORD} and no pending password
 * change. The built-in administrators start with the one-time bootstrap password; {@link #adminsReady()}
 * changes it to {@link #PASSWORD} idempotently (it also re-enables and unlocks them), so tests may call
 * it as often as they like, in any order. Accounts are created in the home federation (河口区).
 */
@Component
public class TestAccounts {

    /** The password of every account made or readied here. */
    public static final String PASSWORD = "Qinqing-Test#2026";
    /** The one-time password the test profile gives the built-in administrators. */
    public static final String BOOTSTRAP_PASSWORD = "Bootstrap#2026x";
    public static final String SYSADMIN = "sysadmin";
    public static final String SECADMIN = "secadmin";
    public static final String AUDITADMIN = "auditadmin";
    public static final List<String> ADMINS = List.of(SYSADMIN, SECADMIN, AUDITADMIN);

    /** An account a test created with its display name and current password (browser journeys). */
    public record TestAccount(long id, String username, String displayName, String password) {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AccountService accountService;
    private final Federations federations;
    private final Environment environment;

    TestAccounts(JdbcClient jdbc, PasswordEncoder encoder, AccountService accountService, Federations federations,
                 Environment environment) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.accountService = accountService;
        this.federations = federations;
        this.environment = environment;
    }

    /** The built-in system administrator as an HTTP Basic client, its password changed to {@link #PASSWORD}. */
    public Api sysadmin() {
        adminsReady();
        return api(SYSADMIN);
    }

    /** The built-in security administrator, ready as {@link #sysadmin()}. */
    public Api secadmin() {
        adminsReady();
        return api(SECADMIN);
    }

    /** The built-in security auditor, ready as {@link #sysadmin()}. */
    public Api auditadmin() {
        adminsReady();
        return api(AUDITADMIN);
    }

    /** HTTP Basic as the named account with {@link #PASSWORD}, against the running test server. */
    public Api api(String username) {
        return Api.as(port(), username, PASSWORD);
    }

    /** The port of the running test server. */
    public int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    /**
     * Gives the three built-in administrators the password {@link #PASSWORD}, no pending change,
     * enabled and unlocked; touches only those that differ. Idempotent.
     */
    public synchronized void adminsReady() {
        for (var admin : ADMINS) {
            var ready = jdbc.sql("""
                    select password_hash, must_change_password, enabled, coalesce(locked_until < now(), true)
                      from app_user where username = ?""").param(admin)
                    .query((rs, n) -> !rs.getBoolean(2) && rs.getBoolean(3) && rs.getBoolean(4)
                            && encoder.matches(PASSWORD, rs.getString(1)))
                    .single();
            if (!ready) {
                setPassword(admin, PASSWORD, false);
            }
        }
    }

    /**
     * Gives an existing account (one the demo data or the bootstrap made, say) the password {@code password},
     * enabled and unlocked; {@code oneTime}: still to be changed at the next sign-in. Answers the account.
     */
    public TestAccount withPassword(String username, String password, boolean oneTime) {
        setPassword(username, password, oneTime);
        return jdbc.sql("select id, display_name from app_user where username = ?").param(username)
                .query((rs, n) -> new TestAccount(rs.getLong(1), username, rs.getString(2), password)).single();
    }

    /** An existing account with {@link #PASSWORD} and no pending change, as {@link #adminsReady()} readies the admins. */
    public TestAccount ready(String username) {
        return withPassword(username, PASSWORD, false);
    }

    private void setPassword(String username, String password, boolean oneTime) {
        int updated = jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = ?, enabled = true, locked_until = null,
                       failed_attempts = 0, password_changed_at = now() where username = ?""")
                .params(encoder.encode(password), oneTime, username).update();
        if (updated != 1) {
            throw new IllegalArgumentException("no account " + username);
        }
    }

    /** A new account named {@code prefix-<unique>} holding these unbound roles; returns its username. */
    public String create(String prefix, Role... roles) {
        return createBound(prefix, Arrays.stream(roles).map(RoleGrant::of).toArray(RoleGrant[]::new));
    }

    /** A new account holding these grants (bound roles carry their chamber, member or department id). */
    public String createBound(String prefix, RoleGrant... grants) {
        var username = uniqueName(prefix);
        var id = accountService.create(username, "测试" + username, PASSWORD, federations.home().id());
        jdbc.sql("update app_user set must_change_password = false where id = ?").param(id).update();
        for (var g : grants) {
            jdbc.sql("insert into user_role (user_id, role, chamber_id, member_id, department_id) values (?, ?, ?, ?, ?)")
                    .params(id, g.role().name(), g.chamberId(), g.memberId(), g.departmentId()).update();
        }
        return username;
    }

    /** A username not used before: the prefix (lower-cased, cut to 16) and a unique suffix. */
    public static String uniqueName(String prefix) {
        var clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
            clean = "u" + clean;
        }
        clean = clean.length() > 16 ? clean.substring(0, 16) : clean;
        return clean + "-" + SEQUENCE.incrementAndGet() + "-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
    }

    /** A new account in the home federation with one role, still holding a one-time password. */
    public TestAccount withOneTimePassword(String displayName, Role role) {
        var username = uniqueName("t");
        var password = "Start#" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "x";
        var id = accountService.create(username, displayName, password, federations.home().id());
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
