package cn.qinqing.calendar.web;

import cn.qinqing.calendar.DayKind;
import cn.qinqing.calendar.SpecialDay;
import cn.qinqing.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One month as a table of weeks from Monday to Sunday, each day marked for the page. */
record MonthGrid(int month, List<List<Cell>> weeks) {

    /** A day in the grid (day 0 pads the first and last week); kind names the legend entry. */
    record Cell(int day, String kind, String name, boolean today) {
        static final Cell EMPTY = new Cell(0, "", "", false);
    }

    static List<MonthGrid> year(int year, List<SpecialDay> special, WorkingCalendar calendar, LocalDate today) {
        Map<LocalDate, SpecialDay> byDate = new HashMap<>();
        special.forEach(d -> byDate.put(d.date(), d));
        weekendsOfHolidays(special, calendar).forEach(byDate::putIfAbsent);
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

    /**
     * The weekend days that join a holiday's days off (国庆节 1-7 Oct includes 3-4 Oct): shown as
     * part of the holiday although they need no row of their own.
     */
    private static Map<LocalDate, SpecialDay> weekendsOfHolidays(List<SpecialDay> special, WorkingCalendar calendar) {
        var joined = new HashMap<LocalDate, SpecialDay>();
        for (var holiday : special) {
            if (holiday.kind() != DayKind.HOLIDAY) {
                continue;
            }
            for (int step : new int[] {-1, 1}) {
                var d = holiday.date().plusDays(step);
                while (!calendar.isWorkingDay(d) && d.getDayOfWeek().getValue() >= 6) {
                    joined.putIfAbsent(d, new SpecialDay(d, DayKind.HOLIDAY, holiday.name()));
                    d = d.plusDays(step);
                }
            }
        }
        return joined;
    }

    private static Cell cell(LocalDate date, SpecialDay special, WorkingCalendar calendar, LocalDate today) {
        String kind; // holiday, break (its weekend days), workday (调休), weekend or normal
        if (special != null) {
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            kind = special.kind() == DayKind.WORKDAY ? "workday" : weekend ? "break" : "holiday";
        } else {
            kind = calendar.isWorkingDay(date) ? "normal" : "weekend";
        }
        return new Cell(date.getDayOfMonth(), kind, special == null ? "" : special.name(), date.equals(today));
    }
}
