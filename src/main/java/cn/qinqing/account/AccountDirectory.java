package cn.qinqing.account;

import cn.qinqing.shared.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads accounts for the administrators' list and detail pages, scoped to a federation subtree. */
@Repository
class AccountDirectory {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String SELECT = """
            select u.username, u.display_name, u.federation_id, f.name as federation_name, u.enabled,
                   case when u.locked_until > now() then u.locked_until end as locked_until,
                   u.must_change_password, u.last_login_at, u.created_at,
                   (select string_agg(r.role, ',') from user_role r where r.user_id = u.id) as roles,
                   (select max(r.chamber_id) from user_role r where r.user_id = u.id) as chamber_id,
                   (select max(r.member_id) from user_role r where r.user_id = u.id) as member_id,
                   (select max(r.department_id) from user_role r where r.user_id = u.id) as department_id
              from app_user u join federation f on f.id = u.federation_id
            """;

    private static final String WHERE = """
             where f.path like :scope
               and (cast(:name as text) is null or u.username ilike :name escape '\\' or u.display_name ilike :name escape '\\')
               and (cast(:role as text) is null or exists (select 1 from user_role r where r.user_id = u.id and r.role = :role))
               and (cast(:status as text) is null
                    or (:status = 'ENABLED' and u.enabled)
                    or (:status = 'DISABLED' and not u.enabled)
                    or (:status = 'LOCKED' and u.locked_until > now()))
            """;

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AccountView> search(String scopePath, AccountFilter filter, int page, int size) {
        return bind(jdbc.sql(SELECT + WHERE + " order by u.username limit :size offset :offset"), scopePath, filter)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> map(rs)).list();
    }

    long count(String scopePath, AccountFilter filter) {
        return bind(jdbc.sql("select count(*) from app_user u join federation f on f.id = u.federation_id " + WHERE),
                scopePath, filter).query(Long.class).single();
    }

    Optional<AccountView> find(String scopePath, String username) {
        return jdbc.sql(SELECT + " where f.path like ? and u.username = ?")
                .params(scopePath + "%", username.trim().toLowerCase())
                .query((rs, n) -> map(rs)).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, String scopePath, AccountFilter filter) {
        var name = blankToNull(filter.name());
        return sql.param("scope", scopePath + "%")
                .param("name", name == null ? null : "%" + escapeLike(name) + "%")
                .param("role", blankToNull(filter.role()))
                .param("status", blankToNull(filter.status()));
    }

    private static AccountView map(ResultSet rs) throws SQLException {
        var roles = rs.getString("roles") == null ? List.<String>of() : Arrays.stream(rs.getString("roles").split(","))
                .sorted(Comparator.comparingInt(r -> order(r))).toList();
        return new AccountView(rs.getString("username"), rs.getString("display_name"), rs.getLong("federation_id"),
                rs.getString("federation_name"), roles, (Long) rs.getObject("chamber_id"),
                (Long) rs.getObject("member_id"), (Long) rs.getObject("department_id"), rs.getBoolean("enabled"),
                rs.getTimestamp("locked_until") != null, time(rs.getTimestamp("locked_until")),
                rs.getBoolean("must_change_password"), time(rs.getTimestamp("last_login_at")),
                time(rs.getTimestamp("created_at")));
    }

    private static int order(String role) {
        try {
            return Role.valueOf(role).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static OffsetDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(CHINA).toOffsetDateTime();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
