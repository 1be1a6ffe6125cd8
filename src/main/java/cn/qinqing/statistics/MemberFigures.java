package cn.qinqing.statistics;

import cn.qinqing.shared.security.DataScope;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the member statistics. It reads the member module's tables (member,
 * member_period, member_chamber) and the organisation's (federation, chamber) and writes nothing:
 * a read model over their schema, kept in one place so a schema change there has one place to
 * follow here. The scope is the member list's: members of the visible federations, or of the
 * secretary's one chamber.
 */
@Repository
class MemberFigures {

    /**
     * Aggregates over the members selected by the caller; the same columns for "now" and "as of".
     * The total and the local/out-of-town split count enterprise and individual members; group
     * members (团体会员) are counted by type only (see {@link MemberSummary}).
     */
    private static final String COUNTS = """
            count(*) filter (where m.type <> 'GROUP') as total,
            count(*) filter (where m.type = 'ENTERPRISE') as enterprise,
            count(*) filter (where m.type = 'GROUP') as grp,
            count(*) filter (where m.type = 'INDIVIDUAL') as individual,
            count(*) filter (where m.kind = 'INDIVIDUAL_BUSINESS') as individual_business,
            count(*) filter (where m.kind = 'PRIVATE_ENTERPRISE') as private_enterprise,
            count(*) filter (where m.type <> 'GROUP' and m.local) as local,
            count(*) filter (where m.type <> 'GROUP' and not m.local) as out_of_town,
            count(*) filter (where m.type = 'ENTERPRISE' and not m.high_tech) as traditional,
            count(*) filter (where m.type = 'ENTERPRISE' and m.high_tech) as high_tech""";

    private final JdbcClient jdbc;

    MemberFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members active now (status ACTIVE). */
    YearFigures now(DataScope scope, LocalDate today) {
        var where = Scope.of(scope);
        return jdbc.sql("select " + COUNTS + " from member m where m.status = 'ACTIVE' and " + where.sql())
                .params(where.params())
                .query((rs, n) -> figures(rs, today)).single();
    }

    /** Members with a membership period covering the end of each day; one row per day, in order. */
    List<YearFigures> asOf(DataScope scope, List<LocalDate> days) {
        var result = new ArrayList<YearFigures>();
        var where = Scope.of(scope);
        for (var day : days) {
            result.add(jdbc.sql("select " + COUNTS + " from member m where " + where.sql() + " and " + COVERS)
                    .params(where.params()).param("day", Date.valueOf(day))
                    .query((rs, n) -> figures(rs, day)).single());
        }
        return result;
    }

    /** Enterprise and individual members with a period covering the end of the day: only the total. */
    long totalAsOf(DataScope scope, LocalDate day) {
        var where = Scope.of(scope);
        return jdbc.sql("select count(*) from member m where m.type <> 'GROUP' and " + where.sql() + " and " + COVERS)
                .params(where.params()).param("day", Date.valueOf(day)).query(Long.class).single();
    }

    /** A period covers the end of :day when it started on or before it and had not ended by then. */
    private static final String COVERS = """
            exists (select 1 from member_period p where p.member_id = m.id and p.started_on <= :day
                     and (p.ended_on is null or p.ended_on > :day))""";

    /** Visible chambers with their active members in scope, most members first. */
    List<Breakdowns.Count> byChamber(DataScope scope) {
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

    /** Active members in scope grouped by a member column; null values under the key null. */
    Map<String, Long> groupedBy(DataScope scope, String column, boolean organisationsOnly) {
        var where = Scope.of(scope);
        var organisations = organisationsOnly ? " and m.type <> 'INDIVIDUAL'" : "";
        var counts = new LinkedHashMap<String, Long>();
        jdbc.sql("select trim(m." + column + "), count(*) from member m where m.status = 'ACTIVE' and " + where.sql()
                        + organisations + " group by 1")
                .params(where.params())
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static YearFigures figures(ResultSet rs, LocalDate day) throws SQLException {
        var byType = new LinkedHashMap<String, Long>();
        byType.put("ENTERPRISE", rs.getLong("enterprise"));
        byType.put("GROUP", rs.getLong("grp"));
        byType.put("INDIVIDUAL", rs.getLong("individual"));
        var structure = new Structure(rs.getLong("individual_business"), rs.getLong("private_enterprise"),
                rs.getLong("local"), rs.getLong("out_of_town"), rs.getLong("traditional"), rs.getLong("high_tech"));
        return new YearFigures(day.getYear(), day, rs.getLong("total"), byType, structure);
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
