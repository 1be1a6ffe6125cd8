package cn.qinqing.statistics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the per-federation caches ({@link FiguresCache}, {@link BreakdownCache}, {@link AppealFiguresCache})
 * share when they recount: array parameters, the federations' locks and the member figures' versions.
 */
final class CacheSql {

    private CacheSql() {
    }

    /** A PostgreSQL array literal of numbers or dates, bound as one text parameter and cast. */
    static String literal(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * Takes this transaction's advisory lock of one cache ({@code lockClass}) for each federation, in the
     * order given (by id, so two recounts never wait for each other crosswise).
     */
    static void lock(JdbcClient jdbc, int lockClass, List<Long> federationIds) {
        for (var id : federationIds) {
            jdbc.sql("select pg_advisory_xact_lock(?, cast(? as int))").params(lockClass, id.intValue()).query(rs -> { });
        }
    }

    /** The member figures' version of each federation (0 before its first change), in the order given. */
    static Map<Long, Long> memberVersions(JdbcClient jdbc, List<Long> federationIds) {
        var versions = new LinkedHashMap<Long, Long>();
        jdbc.sql("""
                select f.id, coalesce(v.version, 0) from federation f
                  left join member_figures_version v on v.federation_id = f.id
                 where f.id = any(cast(:ids as bigint[]))""")
                .param("ids", literal(federationIds)).query(rs -> {
                    versions.put(rs.getLong(1), rs.getLong(2));
                });
        return versions;
    }
}
