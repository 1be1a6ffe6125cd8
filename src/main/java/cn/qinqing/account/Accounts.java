package cn.qinqing.account;

import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account tables ({@code app_user}, {@code user_role}). */
@Repository
public class Accounts {

    /**
     * An account with its role grants in one query (it runs on every request, see AccountStateFilter):
     * one row per grant, or one row with a null role for an account without any.
     */
    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.password_hash, u.federation_id, f.path,
                   u.must_change_password, u.enabled, u.locked_until,
                   r.role, r.chamber_id, r.member_id, r.department_id
              from app_user u join federation f on f.id = u.federation_id
              left join user_role r on r.user_id = u.id
            """;

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<QinqingUser> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return read(jdbc.sql(SELECT + " where u.username = ?").param(username.trim().toLowerCase()))
                .stream().findFirst();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                .param(username.toLowerCase()).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    long insert(String username, String displayName, String passwordHash, long federationId) {
        return jdbc.sql("""
                insert into app_user (username, display_name, password_hash, federation_id)
                values (?, ?, ?, ?) returning id""")
                .params(username.toLowerCase(), displayName, passwordHash, federationId)
                .query(Long.class).single();
    }

    void replaceGrants(long userId, Set<RoleGrant> grants) {
        jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
        for (var g : grants) {
            jdbc.sql("""
                    insert into user_role (user_id, role, chamber_id, member_id, department_id)
                    values (?, ?, ?, ?, ?)""")
                    .params(userId, g.role().name(), g.chamberId(), g.memberId(), g.departmentId())
                    .update();
        }
    }

    void updatePassword(long userId, String passwordHash, boolean mustChange) {
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = ?,
                       password_changed_at = now(), failed_attempts = 0, locked_until = null
                 where id = ?""")
                .params(passwordHash, mustChange, userId).update();
    }

    /** Counts a failed login; returns the number of failures in a row. */
    int recordFailure(String username) {
        return jdbc.sql("""
                update app_user set failed_attempts = failed_attempts + 1
                 where username = ? returning failed_attempts""")
                .param(username.toLowerCase()).query(Integer.class).optional().orElse(0);
    }

    void lock(String username, Instant until) {
        jdbc.sql("update app_user set locked_until = ?, failed_attempts = 0 where username = ?")
                .params(Timestamp.from(until), username.toLowerCase()).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("""
                update app_user set failed_attempts = 0, locked_until = null, last_login_at = now()
                 where username = ?""").param(username.toLowerCase()).update();
    }

    void setEnabled(long userId, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, userId).update();
    }

    void unlock(long userId) {
        jdbc.sql("update app_user set locked_until = null, failed_attempts = 0 where id = ?").param(userId).update();
    }

    public List<QinqingUser> list() {
        return read(jdbc.sql(SELECT + " order by u.id"));
    }

    /** Folds the rows of {@link #SELECT} into one account each, in the order they first come. */
    private static List<QinqingUser> read(JdbcClient.StatementSpec statement) {
        var users = new LinkedHashMap<Long, QinqingUser>();
        var grants = new HashMap<Long, Set<RoleGrant>>();
        statement.query((RowCallbackHandler) rs -> {
            long id = rs.getLong("id");
            if (!users.containsKey(id)) {
                users.put(id, map(rs));
                grants.put(id, new HashSet<>());
            }
            var role = rs.getString("role");
            if (role != null) {
                grants.get(id).add(new RoleGrant(Role.valueOf(role), (Long) rs.getObject("chamber_id"),
                        (Long) rs.getObject("member_id"), (Long) rs.getObject("department_id")));
            }
        });
        return users.values().stream().map(u -> withGrants(u, grants.get(u.id()))).toList();
    }

    private static QinqingUser withGrants(QinqingUser u, Set<RoleGrant> grants) {
        return new QinqingUser(u.id(), u.username(), u.displayName(), u.passwordHash(), u.federationId(),
                u.federationPath(), Set.copyOf(grants), u.mustChangePassword(), u.enabled(), u.lockedUntil());
    }

    private static QinqingUser map(ResultSet rs) throws SQLException {
        var locked = rs.getTimestamp("locked_until");
        return new QinqingUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getLong("federation_id"), rs.getString("path"), Set.of(),
                rs.getBoolean("must_change_password"), rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant());
    }
}
