package cn.qinqing.statistics;

import static cn.qinqing.statistics.CacheSql.literal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The breakdowns by chamber, industry section and size of every federation, kept in the statistics
 * module's own tables (see V4_6) under the version that {@link FiguresCache} uses: a province-wide
 * dashboard sums a few cached rows per federation instead of grouping a million members. A federation
 * whose version moved on (its members, their periods or their chambers changed) is recounted alone,
 * under an advisory lock so two requests do not recount it at once. Runs inside the caller's
 * read-write transaction.
 */
@Component
class BreakdownCache {

    private static final int LOCK_CLASS = 0x51514642;

    private final JdbcClient jdbc;

    BreakdownCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The breakdowns of the federations under the path, chambers of those federations only. */
    BreakdownCounts sum(String pathPrefix) {
        refresh(pathPrefix);
        var path = pathPrefix + "%";
        // The same rows and order as the live count (MemberFigures#liveBreakdowns): every visible
        // chamber, with none of its members in scope counting 0, most members first.
        var chambers = jdbc.sql("""
                select c.id, c.name, coalesce(sum(k.members), 0) as members
                  from chamber c
                  join federation cf on cf.id = c.federation_id
                  left join (member_breakdown_chamber k join federation mf on mf.id = k.federation_id and mf.path like :path)
                    on k.chamber_id = c.id
                 where cf.path like :path
                 group by c.id, c.name
                 order by members desc, c.name""")
                .param("path", path)
                .query((rs, n) -> new Breakdowns.Count(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getLong(3)))
                .list();
        var facets = Map.<String, Map<String, Long>>of("I", new HashMap<>(), "S", new HashMap<>());
        jdbc.sql("""
                select k.facet, k.value, sum(k.members)
                  from member_breakdown_facet k join federation f on f.id = k.federation_id
                 where f.path like :path
                 group by 1, 2""")
                .param("path", path)
                .query(rs -> {
                    var value = rs.getString(2);
                    facets.get(rs.getString(1)).put(value.isEmpty() ? null : value, rs.getLong(3));
                });
        return new BreakdownCounts(chambers, facets.get("I"), facets.get("S"));
    }

    /** Recounts the federations under the path whose breakdowns are missing or stale. */
    private void refresh(String pathPrefix) {
        var stale = stale("f.path like :path", Map.of("path", pathPrefix + "%"));
        if (stale.isEmpty()) {
            return;
        }
        CacheSql.lock(jdbc, LOCK_CLASS, stale);
        // Another request may have recounted some while this one waited for the locks.
        var ids = stale("f.id = any(cast(:ids as bigint[]))", Map.of("ids", literal(stale)));
        if (ids.isEmpty()) {
            return;
        }
        // The versions are read before the members are counted: a change committed in between leaves
        // the new figures under the old version, so they are recounted once more, never kept stale.
        var versions = CacheSql.memberVersions(jdbc, ids);
        var params = Map.<String, Object>of("ids", literal(ids));
        for (var table : List.of("member_breakdown_chamber", "member_breakdown_facet", "member_breakdown_state")) {
            jdbc.sql("delete from " + table + " where federation_id = any(cast(:ids as bigint[]))").params(params).update();
        }
        // Each member's chambers are looked up in the key of member_chamber (the lateral join, kept apart
        // by "offset 0"): left to itself the planner hashes all 500,000 memberships of the province.
        jdbc.sql("""
                insert into member_breakdown_chamber (federation_id, chamber_id, members)
                select m.federation_id, mc.chamber_id, count(*)
                  from member m
                 cross join lateral (select c.chamber_id from member_chamber c where c.member_id = m.id offset 0) as mc
                 where m.status = 'ACTIVE' and m.federation_id = any(cast(:ids as bigint[]))
                 group by 1, 2""").params(params).update();
        // Industry and size are a firm's facts: people (individual members) are left out.
        jdbc.sql("""
                insert into member_breakdown_facet (federation_id, facet, value, members)
                select m.federation_id, x.facet, x.value, count(*)
                  from member m
                 cross join lateral (values ('I', coalesce(trim(m.industry), '')), ('S', coalesce(m.size, ''))) as x(facet, value)
                 where m.status = 'ACTIVE' and m.type <> 'INDIVIDUAL' and m.federation_id = any(cast(:ids as bigint[]))
                 group by 1, 2, 3""").params(params).update();
        var federations = new ArrayList<Long>(versions.keySet());
        var stamps = new ArrayList<Long>(versions.values());
        jdbc.sql("""
                insert into member_breakdown_state (federation_id, version)
                select * from unnest(cast(:ids as bigint[]), cast(:versions as bigint[]))""")
                .param("ids", literal(federations)).param("versions", literal(stamps)).update();
    }

    /** Federations matching the condition without breakdowns of their current version, by id. */
    private List<Long> stale(String condition, Map<String, Object> params) {
        return jdbc.sql("""
                select f.id from federation f
                  left join member_figures_version v on v.federation_id = f.id
                  left join member_breakdown_state s on s.federation_id = f.id and s.version = coalesce(v.version, 0)
                 where %s and s.federation_id is null
                 order by f.id""".formatted(condition))
                .params(params).query(Long.class).list();
    }
}
