package cn.qinqing.account;

import cn.qinqing.shared.security.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who holds a role (角色持有人), for modules that notify people by what they do rather than by name:
 * the accounts of a member, a department's liaisons, a federation's leaders. Only enabled accounts;
 * ids in ascending order. Asked for many targets at once, so a batch of cases costs one query.
 */
@Repository
public class RoleHolders {

    private final JdbcClient jdbc;

    RoleHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The enabled accounts holding the bound {@code role} for each target (a member for MEMBER, a
     * department for DEPARTMENT_LIAISON, a chamber for CHAMBER_SECRETARY); targets nobody holds it
     * for are absent from the answer.
     */
    public Map<Long, List<Long>> boundTo(Role role, Collection<Long> targetIds) {
        var column = switch (role.binding()) {
            case MEMBER -> "member_id";
            case DEPARTMENT -> "department_id";
            case CHAMBER -> "chamber_id";
            case NONE -> throw new IllegalArgumentException(role + " is not bound to anything");
        };
        if (targetIds.isEmpty()) {
            return Map.of();
        }
        return group(jdbc.sql("select r." + column + ", u.id from user_role r join app_user u on u.id = r.user_id"
                        + " where r.role = :role and u.enabled and r." + column + " in (:targets) order by 1, 2")
                .param("role", role.name()).param("targets", List.copyOf(targetIds)));
    }

    /** The enabled accounts of each federation (its own, not those below it) holding {@code role}. */
    public Map<Long, List<Long>> inFederations(Role role, Collection<Long> federationIds) {
        if (federationIds.isEmpty()) {
            return Map.of();
        }
        return group(jdbc.sql("""
                        select u.federation_id, u.id from user_role r join app_user u on u.id = r.user_id
                         where r.role = :role and u.enabled and u.federation_id in (:federations) order by 1, 2""")
                .param("role", role.name()).param("federations", List.copyOf(federationIds)));
    }

    private static Map<Long, List<Long>> group(JdbcClient.StatementSpec sql) {
        var result = new LinkedHashMap<Long, List<Long>>();
        sql.query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()
                .forEach(pair -> result.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }
}
