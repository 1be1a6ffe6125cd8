package cn.qinqing.calendar;

import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks special days before they are stored; the database checks the same rules again. */
final class SpecialDayRules {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_NAME = 20;
    static final int MAX_DAYS = 366;

    private SpecialDayRules() {
    }

    static List<FieldError> checkYear(int year) {
        return year < MIN_YEAR || year > MAX_YEAR
                ? List.of(new FieldError("year", "calendar.year.range", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)))
                : List.of();
    }

    /** A whole year as the API submits it; fields are named like the JSON body ("[2].date"). */
    static List<FieldError> check(int year, List<SpecialDay> days) {
        var errors = new ArrayList<>(checkYear(year));
        if (!errors.isEmpty()) {
            return errors;
        }
        if (days.size() > MAX_DAYS) {
            return List.of(new FieldError("days", "calendar.days.too-many", MAX_DAYS));
        }
        var seen = new HashSet<LocalDate>();
        for (int i = 0; i < days.size(); i++) {
            errors.addAll(check(year, days.get(i), seen, "[" + i + "]."));
        }
        return errors;
    }

    /**
     * One day: inside the year, on a fitting weekday, not among the taken dates (added to them),
     * with a name. Field names get the prefix.
     */
    static List<FieldError> check(int year, SpecialDay day, Set<LocalDate> taken, String prefix) {
        var errors = new ArrayList<FieldError>();
        if (day == null) {
            return List.of(new FieldError(prefix + "date", "calendar.date.required"));
        }
        if (day.date() == null) {
            errors.add(new FieldError(prefix + "date", "calendar.date.required"));
        } else if (day.date().getYear() != year) {
            errors.add(new FieldError(prefix + "date", "calendar.date.outside-year", day.date().toString(),
                    String.valueOf(year)));
        } else if (!taken.add(day.date())) {
            errors.add(new FieldError(prefix + "date", "calendar.date.duplicate", day.date().toString()));
        }
        if (day.kind() == null) {
            errors.add(new FieldError(prefix + "kind", "calendar.kind.required"));
        } else if (day.date() != null && !day.kind().fits(day.date())) {
            errors.add(new FieldError(prefix + "kind", day.kind() == DayKind.HOLIDAY
                    ? "calendar.kind.holiday-on-weekend" : "calendar.kind.workday-on-weekday", day.date().toString()));
        }
        var name = day.name() == null ? "" : day.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError(prefix + "name", "calendar.name.required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError(prefix + "name", "calendar.name.too-long", MAX_NAME));
        }
        return errors;
    }
}
