package cn.qinqing.organisation;

import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.List;

/** Small input rules shared by the organisation services, checked again behind bean validation. */
final class Inputs {

    static final int MAX_PAGE_SIZE = 100;

    private Inputs() {
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        var trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Adds an error when a required text is missing or too long; returns the trimmed text. */
    static String required(List<FieldError> errors, String field, String value, int max, String messageKey) {
        var trimmed = trimToNull(value);
        if (trimmed == null || trimmed.length() > max) {
            errors.add(new FieldError(field, messageKey, max));
        }
        return trimmed;
    }

    /** Adds an error when an optional text is too long; returns the trimmed text or null. */
    static String optional(List<FieldError> errors, String field, String value, int max, String messageKey) {
        var trimmed = trimToNull(value);
        if (trimmed != null && trimmed.length() > max) {
            errors.add(new FieldError(field, messageKey, max));
        }
        return trimmed;
    }

    /** A LIKE pattern matching the text anywhere, with the text's own wildcards taken literally. */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static int page(int page) {
        return Math.max(page, 0);
    }

    static int size(int size) {
        return size < 1 ? 20 : Math.min(size, MAX_PAGE_SIZE);
    }
}
