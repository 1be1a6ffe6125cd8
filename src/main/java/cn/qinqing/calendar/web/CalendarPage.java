package cn.qinqing.calendar.web;

import cn.qinqing.calendar.CalendarYears;
import cn.qinqing.calendar.DayKind;
import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历: a year's month grids and special days; the system administrator adds and removes days. */
@Controller
@RequestMapping("/calendar")
class CalendarPage {

    private final CalendarYears years;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarPage(CalendarYears years, WorkingCalendar calendar, Clock clock) {
        this.years = years;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The year shown; a missing or impossible year shows the current one. */
    @GetMapping
    @PreAuthorize(Access.READERS)
    String show(@RequestParam(required = false) String year, Model model) {
        model.addAttribute("dayForm", DayInput.blank());
        return view(parseYear(year), model);
    }

    @PostMapping("/days")
    @PreAuthorize(Access.KEEPERS)
    String add(@ModelAttribute("dayForm") DayInput form, BindingResult result,
               @RequestParam(required = false) String year, Model model, RedirectAttributes redirect) {
        var formatErrors = new ArrayList<FieldError>();
        var day = form.parse("", formatErrors);
        List<FieldError> errors;
        try {
            var saved = years.add(day);
            redirect.addFlashAttribute("notice", "calendar.added");
            return "redirect:/calendar?year=" + saved.year();
        } catch (ValidationException e) {
            errors = DayInput.merge(formatErrors, e).errors();
        }
        for (var error : errors) {
            // The form has no year field: a year outside the calendar's range is the date's fault.
            var field = "year".equals(error.field()) ? "date" : error.field();
            result.rejectValue(field, error.messageKey(), error.args(), error.messageKey());
        }
        return view(parseYear(day.date() == null ? year : String.valueOf(day.date().getYear())), model);
    }

    @PostMapping("/days/{date}/delete")
    @PreAuthorize(Access.KEEPERS)
    String remove(@PathVariable LocalDate date, RedirectAttributes redirect) {
        years.remove(date);
        redirect.addFlashAttribute("notice", "calendar.removed");
        return "redirect:/calendar?year=" + date.getYear();
    }

    private String view(int year, Model model) {
        var shown = years.year(year);
        var today = LocalDate.now(clock);
        model.addAttribute("calendarYear", shown);
        model.addAttribute("months", MonthGrid.year(year, shown.days(), calendar, today));
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("firstYear", CalendarYears.FIRST_YEAR);
        model.addAttribute("lastYear", CalendarYears.LAST_YEAR);
        return "calendar/year";
    }

    private int parseYear(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            if (year >= CalendarYears.FIRST_YEAR && year <= CalendarYears.LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // fall through to the current year
        }
        return LocalDate.now(clock).getYear();
    }
}
