package cn.qinqing.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable snapshot of the special days with the calendar arithmetic; pure, so it is
 * tested without a database. A HOLIDAY row on a weekend (a whole span stored) is simply off.
 */
final class CalendarDays implements WorkingCalendar {

    /** Far enough for any time limit, small enough that a mistaken call cannot spin for long. */
    static final int MAX_ADD = 100_000;

    private final NavigableMap<LocalDate, DayKind> special = new TreeMap<>();
    private final Set<Integer> publishedYears;

    CalendarDays(Collection<SpecialDay> days, Set<Integer> publishedYears) {
        days.forEach(d -> special.put(d.date(), d.kind()));
        this.publishedYears = Set.copyOf(publishedYears);
    }

    static CalendarDays empty() {
        return new CalendarDays(Set.of(), Set.of());
    }

    boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        var kind = special.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return !DayKind.isWeekend(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate day, int n) {
        Objects.requireNonNull(day, "day");
        if (n < 0 || n > MAX_ADD) {
            throw new IllegalArgumentException("n must be between 0 and " + MAX_ADD + ": " + n);
        }
        var current = day;
        for (int left = n; left > 0; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        // Weekdays by arithmetic, then only the special days in range adjust the count.
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        for (var d = from.plusDays(days / 7 * 7 + 1); !d.isAfter(to); d = d.plusDays(1)) {
            count += DayKind.isWeekend(d) ? 0 : 1;
        }
        for (var entry : special.subMap(from, false, to, true).entrySet()) {
            boolean weekend = DayKind.isWeekend(entry.getKey());
            if (entry.getValue() == DayKind.HOLIDAY && !weekend) {
                count--;
            } else if (entry.getValue() == DayKind.WORKDAY && weekend) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }
}
