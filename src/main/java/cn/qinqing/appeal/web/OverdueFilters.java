package cn.qinqing.appeal.web;

import cn.qinqing.appeal.OverdueFilter;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.List;

/** The overdue and supervision lists' filters as sent in the query string: category, department, days overdue. */
record OverdueFilters(String category, String departmentId, String minDays) {

    static final int MAX_DAYS = 999;

    /** The filter; what cannot be read is added to {@code errors} and left out. */
    OverdueFilter toFilter(List<FieldError> errors) {
        var code = blank(category) ? null : category.strip();
        if (code != null && !code.matches("[A-Z][A-Z0-9_]{0,23}")) {
            errors.add(new FieldError("category", "appeal.category.unknown"));
            code = null;
        }
        Long department = null;
        if (!blank(departmentId)) {
            try {
                department = Long.valueOf(departmentId.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("departmentId", "appeal.overdue.department.invalid"));
            }
        }
        Integer days = null;
        if (!blank(minDays)) {
            try {
                days = Integer.valueOf(minDays.strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 0 || days > MAX_DAYS) {
                errors.add(new FieldError("minDays", "appeal.overdue.days.invalid", MAX_DAYS));
                days = null;
            }
        }
        return new OverdueFilter(code, department, days);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
