package cn.qinqing.calendar;

import java.time.LocalDate;

/** A day that breaks the weekend rule, named after its holiday (春节, 国庆节 ...). */
public record SpecialDay(LocalDate date, DayKind kind, String name) {
}
