package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealChannel;
import cn.qinqing.appeal.AppealFilter;
import cn.qinqing.appeal.AppealStatus;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.List;

/** The list's filters as sent in the query string, read into an {@link AppealFilter}. */
record AppealFilters(String status, String category, String channel, String overdue, String q) {

    static final int MAX_QUERY = 50;

    /** The filter; what cannot be read is added to {@code errors} and left out. */
    AppealFilter toFilter(List<FieldError> errors) {
        var text = blank(q) ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY) {
            errors.add(new FieldError("q", "appeal.query.too-long", MAX_QUERY));
            text = text.substring(0, MAX_QUERY);
        }
        Boolean late = null;
        if (!blank(overdue)) {
            if (overdue.equals("true") || overdue.equals("false")) {
                late = Boolean.valueOf(overdue);
            } else {
                errors.add(new FieldError("overdue", "appeal.filter.overdue"));
            }
        }
        var code = blank(category) ? null : category.strip();
        if (code != null && !code.matches("[A-Z][A-Z0-9_]{0,23}")) {
            errors.add(new FieldError("category", "appeal.category.unknown"));
            code = null;
        }
        return new AppealFilter(value(AppealStatus.class, status, "status", "appeal.filter.status", errors), code,
                value(AppealChannel.class, channel, "channel", "appeal.channel.invalid", errors), late, text);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String raw, String field, String key,
                                               List<FieldError> errors) {
        if (blank(raw)) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, key));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
