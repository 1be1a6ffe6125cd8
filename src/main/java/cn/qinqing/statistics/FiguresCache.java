package cn.qinqing.statistics;

import static cn.qinqing.statistics.CacheSql.literal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The member figures of every federation by day, kept in the statistics module's own tables
 * (see V4_4): a province-wide request sums a few cached rows per federation instead of counting a
 * million members. A federation whose version moved on (a trigger bumps it with every change to its
 * members, their periods or, since V4_6, their chambers) is recounted alone, under an advisory lock
 * so two requests do not recount it at once. Runs inside the caller's read-write transaction.
 */
@Component
class FiguresCache {

    /** The key of "now": members with status ACTIVE, not a membership period. */
    static final LocalDate NOW = LocalDate.of(9999, 12, 31);
    private static final int LOCK_CLASS = 0x51514653;

    private final JdbcClient jdbc;

    FiguresCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the federations under the path for each key day, in the order of the keys. */
    Map<LocalDate, Tally> sum(String pathPrefix, List<LocalDate> keys, LocalDate today) {
        refresh(pathPrefix, keys);
        var tallies = new LinkedHashMap<LocalDate, Tally>();
        keys.forEach(key -> tallies.put(key, new Tally(key.equals(NOW) ? today : key)));
        jdbc.sql("""
                select c.as_of, c.type, c.kind, c.local, c.high_tech, sum(c.members)
                  from member_figures_cache c join federation f on f.id = c.federation_id
                 where f.path like :path and c.as_of = any(cast(:days as date[]))
                 group by 1, 2, 3, 4, 5""")
                .param("path", pathPrefix + "%").param("days", literal(keys))
                .query(rs -> {
                    tallies.get(rs.getDate(1).toLocalDate()).add(rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getLong(6));
                });
        return tallies;
    }

    /** Recounts the federations under the path whose figures for any key are missing or stale. */
    private void refresh(String pathPrefix, List<LocalDate> keys) {
        var stale = stale("f.path like :path", Map.of("path", pathPrefix + "%"), keys);
        if (stale.isEmpty()) {
            return;
        }
        CacheSql.lock(jdbc, LOCK_CLASS, stale);
        // Another request may have recounted some while this one waited for the locks.
        var ids = stale("f.id = any(cast(:ids as bigint[]))", Map.of("ids", literal(stale)), keys);
        if (ids.isEmpty()) {
            return;
        }
        var versions = CacheSql.memberVersions(jdbc, ids);
        var params = Map.<String, Object>of("ids", literal(ids), "days", literal(keys), "now", java.sql.Date.valueOf(NOW));
        jdbc.sql("delete from member_figures_cache where federation_id = any(cast(:ids as bigint[])) and as_of = any(cast(:days as date[]))")
                .params(params).update();
        jdbc.sql("delete from member_figures_state where federation_id = any(cast(:ids as bigint[])) and as_of = any(cast(:days as date[]))")
                .params(params).update();
        if (keys.contains(NOW)) {
            jdbc.sql("""
                    insert into member_figures_cache (federation_id, as_of, type, kind, local, high_tech, members)
                    select m.federation_id, :now, m.type, coalesce(m.kind, ''), m.local, m.high_tech, count(*)
                      from member m where m.status = 'ACTIVE' and m.federation_id = any(cast(:ids as bigint[]))
                     group by 1, 3, 4, 5, 6""").params(params).update();
        }
        var days = keys.stream().filter(k -> !k.equals(NOW)).toList();
        if (!days.isEmpty()) {
            // Periods of one member never overlap: a period is closed before the next one opens. The
            // lateral join (kept apart by "offset 0") looks up each member's periods in the index, which
            // for the one changed federation beats hashing a million periods.
            jdbc.sql("""
                    insert into member_figures_cache (federation_id, as_of, type, kind, local, high_tech, members)
                    select m.federation_id, d.day, m.type, coalesce(m.kind, ''), m.local, m.high_tech, count(*)
                      from member m
                      cross join lateral (select q.started_on, q.ended_on from member_period q
                                           where q.member_id = m.id offset 0) as p
                      join unnest(cast(:dated as date[])) as d(day)
                        on p.started_on <= d.day and (p.ended_on is null or p.ended_on > d.day)
                     where m.federation_id = any(cast(:ids as bigint[]))
                     group by 1, 2, 3, 4, 5, 6""").param("ids", literal(ids)).param("dated", literal(days)).update();
        }
        var federations = new ArrayList<Long>();
        var stamps = new ArrayList<Long>();
        versions.forEach((id, version) -> {
            federations.add(id);
            stamps.add(version);
        });
        jdbc.sql("""
                insert into member_figures_state (federation_id, as_of, version)
                select v.id, d.as_of, v.version
                  from unnest(cast(:ids as bigint[]), cast(:versions as bigint[])) as v(id, version)
                 cross join unnest(cast(:days as date[])) as d(as_of)""")
                .param("ids", literal(federations)).param("versions", literal(stamps)).param("days", literal(keys))
                .update();
    }

    /** Federations matching the condition that lack current figures for one of the keys, by id. */
    private List<Long> stale(String condition, Map<String, Object> params, List<LocalDate> keys) {
        return jdbc.sql("""
                select distinct f.id from federation f
                 cross join unnest(cast(:days as date[])) as d(as_of)
                  left join member_figures_version v on v.federation_id = f.id
                  left join member_figures_state s
                    on s.federation_id = f.id and s.as_of = d.as_of and s.version = coalesce(v.version, 0)
                 where %s and s.federation_id is null
                 order by f.id""".formatted(condition))
                .params(params).param("days", literal(keys)).query(Long.class).list();
    }
}
