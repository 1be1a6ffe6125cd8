package cn.qinqing.member.web;

import cn.qinqing.shared.web.ValidationException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads what forms and API callers send as text - enum names, ISO dates, amounts, yes/no - and
 * reports what cannot be read as a field error instead of failing the whole request.
 */
final class Inputs {

    private Inputs() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The constant named (case-insensitive), null when blank; an unknown name adds the error. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, String messageKey,
                                           List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, messageKey));
            return null;
        }
    }

    /** An ISO date (yyyy-MM-dd), null when blank; anything else adds "member.date.invalid". */
    static LocalDate date(String text, String field, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "member.date.invalid"));
            return null;
        }
    }

    /** true/false (also 是/否, 1/0), null when blank; anything else adds "member.flag.invalid". */
    static Boolean flag(String text, String field, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "是" -> Boolean.TRUE;
            case "false", "0", "no", "否" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(field, "member.flag.invalid"));
                yield null;
            }
        };
    }

    /** A sum of money in yuan, null when blank; anything not a plain number adds "member.dues.amount.invalid". */
    static BigDecimal amount(String text, String field, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        var clean = text.strip().replace(",", "").replace("，", "");
        if (clean.length() > 20 || !clean.matches("-?\\d+(\\.\\d+)?")) {
            errors.add(new FieldError(field, "member.dues.amount.invalid"));
            return null;
        }
        return new BigDecimal(clean);
    }

    /** A whole number, null when blank; anything else adds the error. */
    static Long number(String text, String field, String messageKey, List<FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, messageKey));
            return null;
        }
    }
}
