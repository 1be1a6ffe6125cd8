package cn.qinqing.calendar.web;

import cn.qinqing.calendar.CalendarYears;
import cn.qinqing.calendar.SpecialDay;
import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.calendar.YearCalendar;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/calendar}: working-day arithmetic and the special days per year (工作日历). */
@ApiController("/api/v1/calendar")
class CalendarApi {

    /** A year and a day: more than any time limit needs, and it keeps the answer cheap. */
    static final int MAX_ADD = 366;

    private final WorkingCalendar calendar;
    private final CalendarYears years;

    CalendarApi(WorkingCalendar calendar, CalendarYears years) {
        this.calendar = calendar;
        this.years = years;
    }

    /** The add-th working day strictly after from: {"date":"2026-10-08"}. */
    @GetMapping("/working-days")
    @PreAuthorize(Access.READERS)
    Map<String, String> workingDays(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String add) {
        var errors = new ArrayList<FieldError>();
        var day = DayInput.parseDate(from, "from", errors);
        int n = parseAdd(add, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return Map.of("date", calendar.addWorkingDays(day, n).toString());
    }

    @GetMapping("/years/{year}")
    @PreAuthorize(Access.READERS)
    YearCalendar year(@PathVariable int year) {
        return years.year(year);
    }

    /** Replaces the year's special days with the body: [{"date","kind","name"}]. */
    @PutMapping("/years/{year}")
    @PreAuthorize(Access.KEEPERS)
    YearCalendar replace(@PathVariable int year, @RequestBody List<DayInput> body) {
        var formatErrors = new ArrayList<FieldError>();
        var days = new ArrayList<SpecialDay>();
        for (int i = 0; i < body.size(); i++) {
            var input = body.get(i) == null ? DayInput.blank() : body.get(i);
            days.add(input.parse("[" + i + "].", formatErrors));
        }
        try {
            return years.replace(year, days);
        } catch (ValidationException e) {
            throw DayInput.merge(formatErrors, e);
        }
    }

    private static int parseAdd(String add, List<FieldError> errors) {
        if (add == null || add.isBlank()) {
            errors.add(new FieldError("add", "calendar.add.required"));
            return 0;
        }
        try {
            int n = Integer.parseInt(add.strip());
            if (n >= 0 && n <= MAX_ADD) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        errors.add(new FieldError("add", "calendar.add.range", MAX_ADD));
        return 0;
    }
}
