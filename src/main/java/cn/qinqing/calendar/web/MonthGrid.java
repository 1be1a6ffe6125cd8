package cn.qinqing.calendar.web;

import cn.qinqing.calendar.DayKind;
import cn.qinqing.calendar.SpecialDay;
import cn.qinqing.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One month as a table of weeks from Monday to Sunday, each day marked for the page. */
record MonthGrid(int month, List<List<Cell>> weeks) {

    /** A day in the grid (day 0 pads the first and last week); kind names the legend entry. */
    record Cell(int day, String kind, String name, boolean today) {
        static final Cell EMPTY = new Cell(0, "", "", false);
    }

    static List<MonthGrid> year(int year, List<SpecialDay> special, WorkingCalendar calendar, LocalDate today) {
        Map<LocalDate, SpecialDay> byDate = special.stream()
                .collect(Collectors.toMap(SpecialDay::date, Function.identity()));
        var months = new ArrayList<MonthGrid>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(year, m), byDate, calendar, today));
        }
        return months;
    }

    private static MonthGrid month(YearMonth month, Map<LocalDate, SpecialDay> special, WorkingCalendar calendar,
                                   LocalDate today) {
        var weeks = new ArrayList<List<Cell>>();
        var week = new ArrayList<Cell>();
        for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
            week.add(Cell.EMPTY);
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            var date = month.atDay(d);
            week.add(cell(date, special.get(date), calendar, today));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(Cell.EMPTY);
            }
            weeks.add(week);
        }
        return new MonthGrid(month.getMonthValue(), weeks);
    }

    private static Cell cell(LocalDate date, SpecialDay special, WorkingCalendar calendar, LocalDate today) {
        String kind; // holiday, workday (调休), weekend or normal: the legend's entries
        if (special != null) {
            kind = special.kind() == DayKind.HOLIDAY ? "holiday" : "workday";
        } else {
            kind = calendar.isWorkingDay(date) ? "normal" : "weekend";
        }
        return new Cell(date.getDayOfMonth(), kind, special == null ? "" : special.name(), date.equals(today));
    }
}
