package cn.qinqing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * isWorkingDay, addWorkingDays and workingDaysBetween agree with each other and with a
 * day-by-day count, on the shipped calendar and on random ones (fixed seeds, so failures repeat).
 */
class WorkingCalendarPropertyTests {

    private static final LocalDate START = LocalDate.of(2024, 6, 1);

    @Test
    void theShippedCalendarIsConsistent() {
        checkConsistency(ShippedCalendar.load(), new Random(20260101L), 3_000);
    }

    @Test
    void randomCalendarsIncludingStoredWholeSpansAreConsistent() {
        var random = new Random(4242L);
        for (int round = 0; round < 30; round++) {
            checkConsistency(randomCalendar(random), random, 300);
        }
    }

    @Test
    void everyShippedSpecialDayBreaksTheWeekendRule() {
        var calendar = ShippedCalendar.load();
        for (var day = LocalDate.of(2025, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
            boolean weekend = DayKind.isWeekend(day);
            if (calendar.isWorkingDay(day) == weekend) {
                // a special day: weekend worked, or weekday off - and then it must be a published year
                assertThat(calendar.isPublished(day.getYear())).as(day.toString()).isTrue();
            }
        }
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2026, 12, 31)))
                .isEqualTo(bruteForce(calendar, LocalDate.of(2024, 12, 31), LocalDate.of(2026, 12, 31)));
    }

    private static void checkConsistency(CalendarDays calendar, Random random, int samples) {
        for (int i = 0; i < samples; i++) {
            var from = START.plusDays(random.nextInt(1_000));
            int n = random.nextInt(400);
            var to = calendar.addWorkingDays(from, n);
            var context = "from " + from + " n " + n + " -> " + to;
            assertThat(calendar.workingDaysBetween(from, to)).as(context).isEqualTo(n);
            if (n == 0) {
                assertThat(to).as(context).isEqualTo(from);
            } else {
                assertThat(to).as(context).isAfter(from);
                assertThat(calendar.isWorkingDay(to)).as(context).isTrue();
                assertThat(calendar.workingDaysBetween(from, to.minusDays(1))).as(context).isEqualTo(n - 1);
            }
            assertThat(calendar.addWorkingDays(from, n + 1)).as(context).isAfter(to);
            var other = START.plusDays(random.nextInt(1_000));
            assertThat(calendar.workingDaysBetween(from, other)).as(from + " to " + other)
                    .isEqualTo(bruteForce(calendar, from, other));
        }
    }

    private static int bruteForce(CalendarDays calendar, LocalDate from, LocalDate to) {
        int count = 0;
        for (var d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            count += calendar.isWorkingDay(d) ? 1 : 0;
        }
        return count;
    }

    /** Random special days of any kind on any weekday, as a careless edit or whole spans would store them. */
    private static CalendarDays randomCalendar(Random random) {
        var days = new ArrayList<SpecialDay>();
        Set<LocalDate> taken = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            var date = START.plusDays(random.nextInt(1_200));
            if (taken.add(date)) {
                days.add(new SpecialDay(date, random.nextBoolean() ? DayKind.HOLIDAY : DayKind.WORKDAY, "节"));
            }
        }
        return new CalendarDays(days, Set.copyOf(List.of(2024, 2025, 2026, 2027)));
    }
}
