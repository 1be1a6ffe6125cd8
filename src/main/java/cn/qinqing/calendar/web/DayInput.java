package cn.qinqing.calendar.web;

import cn.qinqing.calendar.DayKind;
import cn.qinqing.calendar.SpecialDay;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A special day as typed: text, so a malformed date or kind becomes a Chinese field error
 * instead of an unreadable request.
 */
record DayInput(String date, String kind, String name) {

    static DayInput blank() {
        return new DayInput("", "", "");
    }

    /**
     * The parsed day. A blank part is null (the rules then ask for it); a malformed part is null
     * too and reported in formatErrors, with the field prefixed.
     */
    SpecialDay parse(String prefix, List<FieldError> formatErrors) {
        var day = date == null || date.isBlank() ? null : parseDate(date, prefix + "date", formatErrors);
        return new SpecialDay(day, parseKind(prefix + "kind", formatErrors), name);
    }

    /** A required date; blank or malformed text is reported under the field. */
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

    /**
     * The rules' errors with the format errors in place of the rules' "required" for the same
     * field: a malformed date is reported as malformed, not as missing.
     */
    static ValidationException merge(List<FieldError> formatErrors, ValidationException rules) {
        var malformed = formatErrors.stream().map(FieldError::field).collect(Collectors.toSet());
        var all = new ArrayList<>(formatErrors);
        rules.errors().stream().filter(e -> !malformed.contains(e.field())).forEach(all::add);
        return new ValidationException(all);
    }

    private DayKind parseKind(String field, List<FieldError> errors) {
        if (kind == null || kind.isBlank()) {
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
