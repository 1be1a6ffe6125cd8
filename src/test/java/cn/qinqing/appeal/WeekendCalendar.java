package cn.qinqing.appeal;

import cn.qinqing.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** Plain weekends, no holidays: enough to check how the aggregate counts working days. */
final class WeekendCalendar implements WorkingCalendar {

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate day, int n) {
        var d = day;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (var d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }
}
