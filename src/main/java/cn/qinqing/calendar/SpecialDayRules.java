package cn.qinqing.calendar;

import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Checks a year's special days before they replace the stored ones. */
final class SpecialDayRules {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_NAME = 20;
    static final int MAX_DAYS = 366;

    private SpecialDayRules() {
    }

    /** Errors per field, named like the JSON body ("days[2].date"); empty when all is well. */
    static List<FieldError> check(int year, List<SpecialDay> days) {
        var errors = new ArrayList<FieldError>();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(new FieldError("year", "calendar.year.range", MIN_YEAR, MAX_YEAR));
            return errors;
        }
        if (days.size() > MAX_DAYS) {
            errors.add(new FieldError("days", "calendar.days.too-many", MAX_DAYS));
            return errors;
        }
        var seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            var day = days.get(i);
            var prefix = "days[" + i + "].";
            if (day == null) {
                errors.add(new FieldError(prefix + "date", "calendar.date.required"));
                continue;
            }
            if (day.date() == null) {
                errors.add(new FieldError(prefix + "date", "calendar.date.required"));
            } else if (day.date().getYear() != year) {
                errors.add(new FieldError(prefix + "date", "calendar.date.outside-year", day.date(), year));
            } else if (!seen.add(day.date())) {
                errors.add(new FieldError(prefix + "date", "calendar.date.duplicate", day.date()));
            }
            if (day.kind() == null) {
                errors.add(new FieldError(prefix + "kind", "calendar.kind.required"));
            } else if (day.date() != null && !day.kind().fits(day.date())) {
                errors.add(new FieldError(prefix + "kind", day.kind() == DayKind.HOLIDAY
                        ? "calendar.kind.holiday-on-weekend" : "calendar.kind.workday-on-weekday", day.date()));
            }
            var name = day.name() == null ? "" : day.name().strip();
            if (name.isEmpty()) {
                errors.add(new FieldError(prefix + "name", "calendar.name.required"));
            } else if (name.length() > MAX_NAME) {
                errors.add(new FieldError(prefix + "name", "calendar.name.too-long", MAX_NAME));
            }
        }
        return errors;
    }
}
