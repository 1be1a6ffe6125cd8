package cn.qinqing.calendar.web;

import cn.qinqing.calendar.DayKind;
import cn.qinqing.calendar.SpecialDay;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A special day as typed: text, so a malformed date or kind becomes a Chinese field error
 * instead of an unreadable request.
 */
record DayInput(String date, String kind, String name) {

    static DayInput blank() {
        return new DayInput("", "", "");
    }

    /** The parsed day; malformed parts are null and reported in errors (fields prefixed). */
    SpecialDay parse(String prefix, List<FieldError> errors) {
        return new SpecialDay(parseDate(date, prefix + "date", errors), parseKind(prefix + "kind", errors), name);
    }

    static LocalDate parseDate(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "calendar.date.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "calendar.date.invalid"));
            return null;
        }
    }

    private DayKind parseKind(String field, List<FieldError> errors) {
        if (kind == null || kind.isBlank()) {
            errors.add(new FieldError(field, "calendar.kind.required"));
            return null;
        }
        try {
            return DayKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "calendar.kind.invalid"));
            return null;
        }
    }
}
