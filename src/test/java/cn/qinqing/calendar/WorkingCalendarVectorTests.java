package cn.qinqing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Known answers across the 2025 and 2026 holidays and swapped working days (DOMAIN.md). */
class WorkingCalendarVectorTests {

    private final CalendarDays calendar = ShippedCalendar.load();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // 2025
            "2024-12-31, 1, 2025-01-02",   // 元旦 1 Jan
            "2025-01-24, 1, 2025-01-26",   // Sunday 26 Jan worked
            "2025-01-26, 1, 2025-01-27",
            "2025-01-27, 1, 2025-02-05",   // 春节 28 Jan - 4 Feb
            "2025-02-07, 1, 2025-02-08",   // Saturday 8 Feb worked
            "2025-04-03, 1, 2025-04-07",   // 清明 4-6 Apr
            "2025-04-25, 1, 2025-04-27",   // Sunday 27 Apr worked
            "2025-04-30, 1, 2025-05-06",   // 劳动节 1-5 May
            "2025-05-30, 1, 2025-06-03",   // 端午 31 May - 2 Jun
            "2025-09-26, 1, 2025-09-28",   // Sunday 28 Sep worked
            "2025-09-30, 1, 2025-10-09",   // 国庆/中秋 1-8 Oct
            "2025-10-10, 1, 2025-10-11",   // Saturday 11 Oct worked
            // 2026
            "2025-12-31, 1, 2026-01-04",   // 元旦 1-3 Jan, Sunday 4 Jan worked
            "2026-01-01, 1, 2026-01-04",
            "2026-01-04, 1, 2026-01-05",
            "2026-02-13, 1, 2026-02-14",   // Saturday 14 Feb worked
            "2026-02-14, 1, 2026-02-24",   // 春节 15-23 Feb
            "2026-02-27, 1, 2026-02-28",   // Saturday 28 Feb worked
            "2026-04-03, 1, 2026-04-07",   // 清明 4-6 Apr
            "2026-04-30, 1, 2026-05-06",   // 劳动节 1-5 May
            "2026-05-08, 1, 2026-05-09",   // Saturday 9 May worked
            "2026-06-18, 1, 2026-06-22",   // 端午 19-21 Jun
            "2026-09-18, 1, 2026-09-20",   // Sunday 20 Sep worked
            "2026-09-24, 1, 2026-09-28",   // 中秋 25-27 Sep
            "2026-09-30, 1, 2026-10-08",   // 国庆 1-7 Oct
            "2026-10-09, 1, 2026-10-10",   // Saturday 10 Oct worked
            "2026-10-10, 1, 2026-10-12",
            // Longer limits (13 working days for a grievance, 3 for a consultation)
            "2026-09-28, 3, 2026-10-08",
            "2026-02-10, 13, 2026-03-05",
            "2026-03-02, 0, 2026-03-02",
            "2026-10-03, 0, 2026-10-03",
            // A year without published data: plain weekends
            "2027-12-31, 1, 2028-01-03",
    })
    void addsWorkingDays(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
        if (n > 0) {
            assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(n);
        }
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2026-01-01, false", "2026-01-02, false", "2026-01-03, false", "2026-01-04, true",
            "2026-02-14, true", "2026-02-16, false", "2026-02-23, false", "2026-02-28, true",
            "2026-04-06, false", "2026-05-01, false", "2026-05-05, false", "2026-05-09, true",
            "2026-06-19, false", "2026-09-20, true", "2026-09-25, false", "2026-10-07, false",
            "2026-10-08, true", "2026-10-10, true", "2026-10-11, false", "2026-03-04, true",
            "2025-01-26, true", "2025-10-06, false", "2025-10-11, true",
            "2027-10-01, true", "2027-10-02, false",
    })
    void knowsEachDay(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void countsWorkingDaysOfWholeYears() {
        // 2026: 261 weekdays - 19 weekday holidays + 6 weekend days worked.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
                .isEqualTo(248);
        // 2025: 261 weekdays - 18 weekday holidays + 5 weekend days worked.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)))
                .isEqualTo(248);
    }

    @Test
    void countsNothingWhenTheEndIsNotAfterTheStart() {
        var day = LocalDate.of(2026, 10, 8);
        assertThat(calendar.workingDaysBetween(day, day)).isZero();
        assertThat(calendar.workingDaysBetween(day, day.minusDays(30))).isZero();
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsWhichYearsArePublished() {
        assertThat(calendar.isPublished(2026)).isTrue();
        assertThat(calendar.isPublished(2027)).isFalse();
    }
}
