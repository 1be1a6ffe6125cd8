package cn.qinqing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a year's special days must keep before they are stored. */
class CalendarSpecialDayRulesTests {

    private static List<String> keys(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.messageKey()).toList();
    }

    @Test
    void theShippedYearsPassTheirOwnRules() {
        for (int year : new int[] {2025, 2026}) {
            var days = ShippedCalendar.days().stream().filter(d -> d.date().getYear() == year).toList();
            assertThat(days).isNotEmpty();
            assertThat(SpecialDayRules.check(year, days)).as(String.valueOf(year)).isEmpty();
        }
    }

    @Test
    void eachBrokenRuleNamesItsEntryAndField() {
        var days = List.of(
                new SpecialDay(LocalDate.of(2030, 10, 5), DayKind.HOLIDAY, "国庆节"),   // Saturday
                new SpecialDay(LocalDate.of(2030, 10, 7), DayKind.WORKDAY, "国庆节"),   // Monday
                new SpecialDay(LocalDate.of(2031, 1, 1), DayKind.HOLIDAY, "元旦"),
                new SpecialDay(LocalDate.of(2030, 10, 1), DayKind.HOLIDAY, " "),
                new SpecialDay(LocalDate.of(2030, 10, 2), DayKind.HOLIDAY, "国".repeat(21)),
                new SpecialDay(LocalDate.of(2030, 10, 1), DayKind.HOLIDAY, "国庆节"),
                new SpecialDay(null, null, "国庆节"));
        assertThat(keys(SpecialDayRules.check(2030, days))).containsExactly(
                "[0].kind calendar.kind.holiday-on-weekend",
                "[1].kind calendar.kind.workday-on-weekday",
                "[2].date calendar.date.outside-year",
                "[3].name calendar.name.required",
                "[4].name calendar.name.too-long",
                "[5].date calendar.date.duplicate",
                "[6].date calendar.date.required",
                "[6].kind calendar.kind.required");
    }

    @Test
    void yearsOutsideTheSupportedRangeAreRefused() {
        assertThat(keys(SpecialDayRules.check(1999, List.of()))).containsExactly("year calendar.year.range");
        assertThat(keys(SpecialDayRules.check(2101, List.of()))).containsExactly("year calendar.year.range");
        assertThat(SpecialDayRules.check(2100, List.of())).isEmpty();
    }
}
