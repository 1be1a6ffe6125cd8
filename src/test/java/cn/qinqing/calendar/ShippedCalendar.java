package cn.qinqing.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;

/** The calendar as the migration ships it, read from the SQL so the tests check the real data. */
final class ShippedCalendar {

    private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKDAY)', '([^']+)'\\)");

    private ShippedCalendar() {
    }

    static CalendarDays load() {
        try (var in = ShippedCalendar.class.getResourceAsStream("/db/migration/calendar/V5_0__calendar.sql")) {
            var sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var days = new ArrayList<SpecialDay>();
            var matcher = ROW.matcher(sql);
            while (matcher.find()) {
                days.add(new SpecialDay(LocalDate.parse(matcher.group(1)), DayKind.valueOf(matcher.group(2)),
                        matcher.group(3)));
            }
            return new CalendarDays(days, Set.of(2025, 2026));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
