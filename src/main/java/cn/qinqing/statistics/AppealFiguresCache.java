package cn.qinqing.statistics;

import static cn.qinqing.statistics.CacheSql.literal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monthly figures of each federation, kept in the statistics module's own tables (see V7_7): a
 * province's month sums about a hundred rows per federation instead of grouping 80,000 cases. A
 * federation whose month changed since it was counted (a trigger bumps the version with every change
 * to its cases), or whose running cases were judged on another day, is recounted alone, under an
 * advisory lock so that two requests do not count it at once. Runs in the caller's read-write transaction.
 */
@Component
class AppealFiguresCache {

    private static final int LOCK_CLASS = 0x51514146;
    private static final String STALE = """
            select f.id from federation f
              left join appeal_figures_version v on v.federation_id = f.id and v.month = :month
              left join appeal_figures_state s on s.federation_id = f.id and s.month = :month
             where %s and (s.federation_id is null or s.version <> coalesce(v.version, 0)
                           or (s.running > 0 and s.counted_on <> :today))
             order by f.id""";

    private final JdbcClient jdbc;
    private final RepeatQuery repeats;

    AppealFiguresCache(JdbcClient jdbc, RepeatQuery repeats) {
        this.jdbc = jdbc;
        this.repeats = repeats;
    }

    /** Recounts the federations under the path whose figures of the month are missing or stale. */
    void refresh(String pathPrefix, YearMonth month, LocalDate today, Map<String, Object> counting) {
        var key = Map.<String, Object>of("month", month.atDay(1), "today", today);
        var stale = jdbc.sql(STALE.formatted("f.path like :path")).params(key).param("path", pathPrefix + "%")
                .query(Long.class).list();
        if (stale.isEmpty()) {
            return;
        }
        CacheSql.lock(jdbc, LOCK_CLASS, stale);
        // Another request may have counted some while this one waited for the locks.
        var ids = jdbc.sql(STALE.formatted("f.id = any(cast(:ids as bigint[]))")).params(key).param("ids", literal(stale))
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return;
        }
        // The versions are read before the cases: a change committed in between makes them stale again.
        var versions = new ArrayList<Long>();
        jdbc.sql("""
                select coalesce(v.version, 0) from unnest(cast(:ids as bigint[])) with ordinality as f(id, n)
                  left join appeal_figures_version v on v.federation_id = f.id and v.month = :month order by f.n""")
                .param("ids", literal(ids)).param("month", month.atDay(1)).query(rs -> {
                    versions.add(rs.getLong(1));
                });
        var params = new HashMap<>(counting);
        params.put("ids", literal(ids));
        params.put("versions", literal(versions));
        params.put("month", month.atDay(1));
        for (var table : List.of("appeal_figures_unit", "appeal_figures_count", "appeal_figures_repeat", "appeal_figures_state")) {
            jdbc.sql("delete from " + table + " where federation_id = any(cast(:ids as bigint[])) and month = :month")
                    .params(params).update();
        }
        jdbc.sql("""
                with r as (%s),
                units as (insert into appeal_figures_unit (federation_id, month, department_id, received, accepted,
                              declined, resolved, on_time, due, overdue, supervised, rated, satisfied)
                          select federation_id, :month, department_id, received, accepted, declined, resolved, on_time,
                                 due, overdue, supervised, rated, satisfied from r where g = %d),
                counts as (insert into appeal_figures_count (federation_id, month, dimension, code, cases)
                           select federation_id, :month, case g when %d then 'C' when %d then 'S' else 'H' end,
                                  coalesce(category_code, subject_code, channel), received from r where g <> %d),
                p as (%s),
                repeats as (insert into appeal_figures_repeat (federation_id, month, member_id, mobile_index, cases,
                                same_subject, subjects, latest_case_id)
                            select federation_id, :month, member_id, mobile_index, cases, same_subject, subjects, latest_case_id
                              from (select p.*, row_number() over (partition by federation_id order by %s) as n from p) ranked
                             where n <= %d)
                insert into appeal_figures_state (federation_id, month, version, counted_on, running, repeat_submitters,
                                                  repeat_cases, same_subject_submitters)
                select v.id, :month, v.version, :today, coalesce(u.running, 0), coalesce(t.submitters, 0),
                       coalesce(t.cases, 0), coalesce(t.same_subject, 0)
                  from unnest(cast(:ids as bigint[]), cast(:versions as bigint[])) as v(id, version)
                  left join (select federation_id, sum(running) as running from r where g = %d group by 1) u
                         on u.federation_id = v.id
                  left join (select federation_id, count(*) as submitters, sum(cases) as cases,
                                    count(*) filter (where same_subject > 0) as same_subject from p group by 1) t
                         on t.federation_id = v.id"""
                .formatted(AppealFigureSql.figures(AppealFigureSql.BY_IDS), AppealFigureSql.UNIT,
                        AppealFigureSql.CATEGORY, AppealFigureSql.SUBJECT, AppealFigureSql.UNIT,
                        AppealFigureSql.repeats(AppealFigureSql.BY_IDS), RepeatQuery.ORDER, RepeatQuery.REPEATS_LISTED,
                        AppealFigureSql.UNIT))
                .params(params).update();
    }

    /** The cached figures of the federations under the path for the month (fresh after {@link #refresh}). */
    RawFigures read(String pathPrefix, YearMonth month) {
        var params = Map.<String, Object>of("path", pathPrefix + "%", "month", month.atDay(1));
        var units = jdbc.sql("""
                select u.* from appeal_figures_unit u join federation f on f.id = u.federation_id
                 where f.path like :path and u.month = :month""")
                .params(params)
                .query((rs, n) -> new RawFigures.Unit(rs.getLong("federation_id"), rs.getLong("department_id"),
                        RawFigures.counters(rs)))
                .list();
        var counts = RawFigures.emptyCounts();
        jdbc.sql("""
                select c.dimension, c.code, sum(c.cases) from appeal_figures_count c join federation f on f.id = c.federation_id
                 where f.path like :path and c.month = :month group by 1, 2""")
                .params(params).query(rs -> {
                    counts.get(rs.getString(1).charAt(0)).put(rs.getString(2), rs.getLong(3));
                });
        return new RawFigures(units, counts, repeats.cached(params));
    }
}
