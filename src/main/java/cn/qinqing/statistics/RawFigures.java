package cn.qinqing.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counted cases of a scope and period before names and rates are added: per federation and
 * handling unit, cases by dimension ('C' category, 'S' subject, 'H' channel) and the repeat submitters.
 */
record RawFigures(List<Unit> units, Map<Character, Map<String, Long>> counts, Repeats repeats) {

    /** A handling unit's counts within one federation; department 0 is the federation's own staff. */
    record Unit(long federationId, long departmentId, AppealCounters counters) {
    }

    /** The repeat submitters: how many, their cases, how many raised one subject twice or more, the first few. */
    record Repeats(long submitters, long cases, long sameSubjectSubmitters, List<RepeatGrievance> first) {
        static final Repeats NONE = new Repeats(0, 0, 0, List.of());
    }

    /** The counters in the column order of {@link AppealFigureSql#figures}, from {@code received} on. */
    static AppealCounters counters(ResultSet rs) throws SQLException {
        return new AppealCounters(rs.getLong("received"), rs.getLong("accepted"), rs.getLong("declined"),
                rs.getLong("resolved"), rs.getLong("on_time"), rs.getLong("due"), rs.getLong("overdue"),
                rs.getLong("supervised"), rs.getLong("rated"), rs.getLong("satisfied"));
    }

    static Map<Character, Map<String, Long>> emptyCounts() {
        var counts = new HashMap<Character, Map<String, Long>>();
        counts.put('C', new HashMap<>());
        counts.put('S', new HashMap<>());
        counts.put('H', new HashMap<>());
        return counts;
    }
}
