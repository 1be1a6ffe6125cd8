package cn.qinqing.calendar;

import java.time.LocalDate;

/**
 * The working-day calendar (工作日历): ordinary weekends are off and weekdays worked, except for
 * the State Council's public holidays (a weekday off) and swapped working days (调休, a weekend
 * day worked). Years whose holidays are not published yet count plain weekends only; see
 * {@link CalendarYears#isPublished(int)} to warn about such a year.
 *
 * <p>Answers come from memory, so callers may ask in loops (deadlines of many cases); an edit
 * on any instance is seen by the others within a few seconds.
 */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The n-th working day strictly after day (n >= 0; n = 0 answers day itself). */
    LocalDate addWorkingDays(LocalDate day, int n);

    /** Working days in (from, to]; 0 when to <= from. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
