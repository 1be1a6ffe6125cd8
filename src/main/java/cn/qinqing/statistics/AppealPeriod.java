package cn.qinqing.statistics;

import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The days whose received cases are counted (统计期间), both ends included: a calendar month by
 * default, any span of up to {@value #MAX_DAYS} days on request.
 */
public record AppealPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    public static AppealPeriod month(YearMonth month) {
        return new AppealPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The period from the query's dates (YYYY-MM-DD). Both missing: the current month; one missing:
     * the rest of that date's month. Every broken rule is reported with its field.
     */
    public static AppealPeriod parse(String from, String to, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        var start = date("from", from, errors);
        var end = date("to", to, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (start == null && end == null) {
            return month(YearMonth.from(today));
        }
        if (start == null) {
            start = end.withDayOfMonth(1);
        }
        if (end == null) {
            end = YearMonth.from(start).atEndOfMonth();
        }
        if (end.isBefore(start)) {
            throw new ValidationException("to", "appeal-stats.period.order");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new ValidationException("to", "appeal-stats.period.too-long", MAX_DAYS);
        }
        return new AppealPeriod(start, end);
    }

    /** A month as the month picker sends it (YYYY-MM); blank is the current month. */
    public static AppealPeriod parseMonth(String month, LocalDate today) {
        if (month == null || month.isBlank()) {
            return month(YearMonth.from(today));
        }
        try {
            var parsed = YearMonth.parse(month.strip());
            if (parsed.atDay(1).isBefore(EARLIEST) || parsed.atEndOfMonth().isAfter(LATEST)) {
                throw new ValidationException("month", "appeal-stats.period.month-invalid");
            }
            return month(parsed);
        } catch (DateTimeParseException e) {
            throw new ValidationException("month", "appeal-stats.period.month-invalid");
        }
    }

    /** The calendar month when the period is exactly one, which the cached monthly figures serve. */
    public Optional<YearMonth> wholeMonth() {
        var month = YearMonth.from(from);
        return from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth()) ? Optional.of(month) : Optional.empty();
    }

    private static LocalDate date(String field, String value, ArrayList<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var day = LocalDate.parse(value.strip());
            if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
                errors.add(new FieldError(field, "appeal-stats.period.date-range"));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "appeal-stats.period.date-invalid"));
            return null;
        }
    }
}
