package cn.qinqing.calendar;

import java.util.List;

/** One year's special days; published is false while the State Council's notice is not entered. */
public record YearCalendar(int year, boolean published, List<SpecialDay> days) {
}
