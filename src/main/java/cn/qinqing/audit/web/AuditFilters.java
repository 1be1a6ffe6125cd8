package cn.qinqing.audit.web;

import cn.qinqing.audit.AuditQuery;
import cn.qinqing.audit.AuditTrail;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

/**
 * The audit filters as typed: a day ({@code 2026-05-01}, China time, {@code to} includes the
 * whole day) or an instant ({@code 2026-05-01T09:30:00+08:00}; without offset China time).
 */
final class AuditFilters {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private AuditFilters() {
    }

    static AuditQuery parse(String from, String to, String username, String action, int page, int size) {
        var errors = new ArrayList<FieldError>();
        var start = instant(from, false, "from", errors);
        var end = instant(to, true, "to", errors);
        if (username != null && username.length() > 64) {
            errors.add(new FieldError("username", "audit.filter.too-long", 64));
        }
        if (action != null && action.length() > 64) {
            errors.add(new FieldError("action", "audit.filter.too-long", 64));
        }
        if (page < 0 || size < 1 || size > AuditTrail.MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "audit.page.invalid", AuditTrail.MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AuditQuery(start, end, blank(username), blank(action));
    }

    private static Instant instant(String text, boolean end, String field, ArrayList<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var value = text.trim();
        try {
            if (value.length() == 10) {
                var day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(CHINA).toInstant();
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(value).atZone(CHINA).toInstant();
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "audit.filter.time-invalid"));
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
