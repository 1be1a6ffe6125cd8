package cn.qinqing.statistics;

import cn.qinqing.shared.security.DataScope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the member statistics. It reads the member module's tables (member,
 * member_period, member_chamber) and the organisation's (federation, chamber) and writes only the
 * statistics' own caches ({@link FiguresCache}, {@link BreakdownCache}):
 * a read model over their schema, kept in one place so a schema change there has one place to
 * follow here. The scope is the member list's: members of the visible federations, or of the
 * secretary's one chamber.
 */
@Repository
class MemberFigures {

    /** The facts members are counted by; the few groups are summed in Java ({@link Tally}). */
    private static final String FACTS = "m.type, m.kind, m.local, m.high_tech";

    private final JdbcClient jdbc;
    private final FiguresCache cache;
    private final BreakdownCache breakdownCache;

    MemberFigures(JdbcClient jdbc, FiguresCache cache, BreakdownCache breakdownCache) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.breakdownCache = breakdownCache;
    }

    /** Members active now (status ACTIVE). */
    YearFigures now(DataScope scope, LocalDate today) {
        return asOf(scope, List.of(FiguresCache.NOW), today).get(0);
    }

    /**
     * For each key day, the members with a membership period covering its end, or for
     * {@link FiguresCache#NOW} those active now (labelled today); one row per key, in order. A whole
     * federation subtree is summed from the cache; a chamber's few members are counted directly.
     */
    List<YearFigures> asOf(DataScope scope, List<LocalDate> keys, LocalDate today) {
        if (!scope.singleChamber()) {
            return cache.sum(scope.federationPath(), keys, today).values().stream().map(Tally::figures).toList();
        }
        var where = Scope.of(scope);
        var tallies = new LinkedHashMap<LocalDate, Tally>();
        keys.forEach(key -> tallies.put(key, new Tally(key.equals(FiguresCache.NOW) ? today : key)));
        if (keys.contains(FiguresCache.NOW)) {
            jdbc.sql("select " + FACTS + ", count(*) from member m where m.status = 'ACTIVE' and " + where.sql()
                            + " group by " + FACTS)
                    .params(where.params())
                    .query(rs -> {
                        tallies.get(FiguresCache.NOW).add(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                                rs.getBoolean(4), rs.getLong(5));
                    });
        }
        var days = keys.stream().filter(k -> !k.equals(FiguresCache.NOW)).map(LocalDate::toString).toList();
        if (!days.isEmpty()) {
            jdbc.sql("""
                    select d.day, %s, count(*)
                      from member m
                      join member_period p on p.member_id = m.id
                      join unnest(cast(:days as date[])) as d(day)
                        on p.started_on <= d.day and (p.ended_on is null or p.ended_on > d.day)
                     where %s
                     group by d.day, %s""".formatted(FACTS, where.sql(), FACTS))
                    .params(where.params()).param("days", "{" + String.join(",", days) + "}")
                    .query(rs -> {
                        tallies.get(rs.getDate(1).toLocalDate()).add(rs.getString(2), rs.getString(3),
                                rs.getBoolean(4), rs.getBoolean(5), rs.getLong(6));
                    });
        }
        return tallies.values().stream().map(Tally::figures).toList();
    }

    /**
     * The breakdowns by chamber, industry and size: a whole federation subtree summed from the cache,
     * a chamber's few members counted directly.
     */
    BreakdownCounts breakdowns(DataScope scope) {
        return scope.singleChamber() ? liveBreakdowns(scope) : breakdownCache.sum(scope.federationPath());
    }

    /** The breakdowns counted from the members themselves, whatever the scope. */
    BreakdownCounts liveBreakdowns(DataScope scope) {
        return new BreakdownCounts(byChamber(scope), groupedBy(scope, "industry"), groupedBy(scope, "size"));
    }

    /** Visible chambers with their active members in scope, most members first. */
    private List<Breakdowns.Count> byChamber(DataScope scope) {
        var where = Scope.of(scope);
        var chamberFilter = scope.singleChamber() ? " and c.id = :scopeChamber" : "";
        var sql = """
                select c.id, c.name, count(m.id) as members
                  from chamber c
                  join federation cf on cf.id = c.federation_id
                  left join member_chamber mc on mc.chamber_id = c.id
                  left join member m on m.id = mc.member_id and m.status = 'ACTIVE' and %s
                 where cf.path like :path %s
                 group by c.id, c.name
                 order by members desc, c.name""".formatted(where.sql(), chamberFilter);
        return jdbc.sql(sql)
                .params(where.params())
                .query((rs, n) -> new Breakdowns.Count(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Active organisation members in scope grouped by a member column; null values under the key null. */
    private Map<String, Long> groupedBy(DataScope scope, String column) {
        var where = Scope.of(scope);
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql("select trim(m." + column + "), count(*) from member m where m.status = 'ACTIVE' and " + where.sql()
                        + " and m.type <> 'INDIVIDUAL' group by 1")
                .params(where.params())
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** The caller's scope as a condition on member m. */
    private record Scope(String sql, Map<String, Object> params) {

        static Scope of(DataScope scope) {
            var params = new HashMap<String, Object>();
            params.put("path", scope.federationPath() + "%");
            var sql = new StringBuilder("m.federation_id in (select f.id from federation f where f.path like :path)");
            if (scope.singleChamber()) {
                sql.append(" and exists (select 1 from member_chamber sc where sc.member_id = m.id and sc.chamber_id = :scopeChamber)");
                params.put("scopeChamber", scope.chamberId());
            }
            return new Scope(sql.toString(), params);
        }
    }
}
