package cn.qinqing.statistics.web;

import cn.qinqing.statistics.Breakdowns;
import cn.qinqing.statistics.MemberSummary;
import cn.qinqing.statistics.YearFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the dashboard page and its workbook show: one read of every figure. */
public record Dashboard(String scopeName, LocalDate asOf, MemberSummary summary, List<Balance> balances,
                 List<YearFigures> history, List<Growth> growth, Breakdowns breakdowns) {

    static final int YEARS = 5;

    static Dashboard of(String scopeName, LocalDate asOf, MemberSummary summary, List<YearFigures> history,
                        Breakdowns breakdowns) {
        var growth = new ArrayList<Growth>();
        for (int i = 0; i < history.size(); i++) {
            var year = history.get(i);
            Long change = i == 0 ? null : year.total() - history.get(i - 1).total();
            String rate = i == 0 || history.get(i - 1).total() == 0 ? null
                    : percent((double) change / history.get(i - 1).total());
            growth.add(new Growth(year, change, rate));
        }
        return new Dashboard(scopeName, asOf, summary, Balance.of(summary.structure(), summary.byType()), history,
                List.copyOf(growth), breakdowns);
    }

    /** The growth rate as people write it: 10.0%; empty when there was nobody to grow from. */
    public String growthRate() {
        var rate = summary.growth().rate();
        return rate == null ? null : percent(rate);
    }

    /** The share of a type among all active members, as 35.1%. */
    public String share(long count) {
        long all = summary.byType().values().stream().mapToLong(Long::longValue).sum();
        return all == 0 ? "-" : percent((double) count / all);
    }

    static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** One year of the growth table: the figures, the change from the year before and its rate. */
    public record Growth(YearFigures year, Long change, String rate) {
    }
}
