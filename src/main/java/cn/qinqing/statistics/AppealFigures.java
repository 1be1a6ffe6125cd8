package cn.qinqing.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the cases received in a period by the federations under a path: a calendar month from the
 * cache ({@link AppealFiguresCache}), any other period live from the cases.
 */
@Component
class AppealFigures {

    private final JdbcClient jdbc;
    private final AppealFiguresCache cache;
    private final RepeatQuery repeats;

    AppealFigures(JdbcClient jdbc, AppealFiguresCache cache, RepeatQuery repeats) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.repeats = repeats;
    }

    RawFigures count(String pathPrefix, AppealPeriod period, LocalDate today) {
        var month = period.wholeMonth();
        if (month.isPresent()) {
            cache.refresh(pathPrefix, month.get(), today, params(period, today));
            return cache.read(pathPrefix, month.get());
        }
        var params = params(period, today);
        params.put("path", pathPrefix + "%");
        var units = new ArrayList<RawFigures.Unit>();
        var counts = RawFigures.emptyCounts();
        jdbc.sql(AppealFigureSql.figures(AppealFigureSql.BY_PATH)).params(params).query(rs -> {
            int g = rs.getInt("g");
            if (g == AppealFigureSql.UNIT) {
                units.add(new RawFigures.Unit(rs.getLong("federation_id"), rs.getLong("department_id"),
                        RawFigures.counters(rs)));
            } else {
                var dimension = g == AppealFigureSql.CATEGORY ? 'C' : g == AppealFigureSql.SUBJECT ? 'S' : 'H';
                var code = rs.getString(dimension == 'C' ? "category_code" : dimension == 'S' ? "subject_code" : "channel");
                counts.get(dimension).merge(code, rs.getLong("received"), Long::sum);
            }
        });
        return new RawFigures(units, counts, repeats.live(AppealFigureSql.BY_PATH, params));
    }

    /** The parameters every counting statement takes: the period and today. */
    Map<String, Object> params(AppealPeriod period, LocalDate today) {
        var params = new HashMap<String, Object>();
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("today", today);
        return params;
    }

}
