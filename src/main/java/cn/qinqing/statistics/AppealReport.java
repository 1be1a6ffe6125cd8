package cn.qinqing.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The appeal statistics of a scope and period (诉求统计), the content of the monthly bulletin (通报).
 *
 * @param scopeName the caller's federation; the figures cover it and every federation below it
 * @param asOf      the day the figures were taken: open cases are judged overdue as of this day
 * @param total     all handling units together
 * @param units     per handling unit: each federation's own staff (机关), then each department
 * @param repeats   submitters with two or more cases in the period
 */
public record AppealReport(String scopeName, AppealPeriod period, LocalDate asOf, AppealThresholds thresholds,
                           UnitFigures total, List<UnitFigures> units, List<CountItem> byCategory,
                           List<CountItem> bySubject, List<CountItem> byChannel, Repeats repeats) {

    /** The units that fall short of at least one standard (named in the bulletin). */
    public List<UnitFigures> unitsBelow() {
        return units.stream().filter(UnitFigures::below).toList();
    }

    /** The units and then their total, as the bulletin's table lists them. */
    public List<UnitFigures> unitsAndTotal() {
        var rows = new java.util.ArrayList<>(units);
        rows.add(total);
        return rows;
    }

    /** Cases of one category, subject or channel. */
    public record CountItem(String code, String name, long cases) {
    }

    /**
     * Repeat grievances (重复诉求): how many submitters, their cases, how many raised one subject more
     * than once, and the first of them by number of cases.
     */
    public record Repeats(long submitters, long cases, long sameSubjectSubmitters, List<RepeatGrievance> listed) {
    }
}
