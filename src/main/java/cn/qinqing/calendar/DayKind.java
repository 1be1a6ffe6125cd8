package cn.qinqing.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What makes a day special: a public holiday on a weekday, or a weekend day worked (调休). */
public enum DayKind {
    /** 放假: a Monday to Friday off. */
    HOLIDAY,
    /** 调休上班: a Saturday or Sunday worked. */
    WORKDAY;

    /** True when this kind may fall on the day: holidays on weekdays, working days on weekends. */
    public boolean fits(LocalDate day) {
        return (this == HOLIDAY) != isWeekend(day);
    }

    static boolean isWeekend(LocalDate day) {
        var weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
