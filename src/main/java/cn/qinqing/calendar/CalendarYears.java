package cn.qinqing.calendar;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads and edits the calendar year by year (工作日历维护). Editing is configuration, so the
 * controllers allow it to SYSTEM_ADMIN; every edit is audited. Any edit publishes the year.
 */
@Service
public class CalendarYears {

    /** The years the calendar keeps. */
    public static final int FIRST_YEAR = SpecialDayRules.MIN_YEAR;
    public static final int LAST_YEAR = SpecialDayRules.MAX_YEAR;

    private final CalendarStore store;
    private final CachedWorkingCalendar calendar;
    private final AuditLog audit;

    CalendarYears(CalendarStore store, CachedWorkingCalendar calendar, AuditLog audit) {
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** True when the year's holidays are entered; otherwise only weekends count as days off. */
    public boolean isPublished(int year) {
        return calendar.isPublished(year);
    }

    /** The year's special days by date. */
    public YearCalendar year(int year) {
        throwIfInvalid(SpecialDayRules.checkYear(year));
        return new YearCalendar(year, store.isPublished(year), store.year(year));
    }

    /**
     * Replaces the year's special days (an empty list publishes a year without holidays).
     *
     * @throws ValidationException naming each bad entry ("[2].kind"); nothing is changed then
     */
    @Transactional
    public YearCalendar replace(int year, List<SpecialDay> days) {
        throwIfInvalid(SpecialDayRules.check(year, days));
        store.lock(year);
        var before = new HashSet<>(store.year(year));
        var after = save(year, days);
        long added = after.stream().filter(d -> !before.contains(d)).count();
        long removed = before.stream().filter(d -> !after.contains(d)).count();
        audit.record("CALENDAR_YEAR_UPDATE", "CALENDAR_YEAR", year, AuditResult.SUCCESS,
                "days=" + after.size() + " added=" + added + " removed=" + removed);
        return new YearCalendar(year, true, after);
    }

    /** Adds one special day to its year; errors name the fields date, kind and name. */
    @Transactional
    public YearCalendar add(SpecialDay day) {
        var taken = new HashSet<LocalDate>();
        var days = new ArrayList<SpecialDay>();
        int year = day.date() == null ? 0 : day.date().getYear();
        if (day.date() != null) {
            throwIfInvalid(SpecialDayRules.checkYear(year));
            store.lock(year);
            days.addAll(store.year(year));
            days.forEach(d -> taken.add(d.date()));
        }
        throwIfInvalid(SpecialDayRules.check(year, day, taken, ""));
        days.add(day);
        var after = save(year, days);
        audit.record("CALENDAR_DAY_ADD", "CALENDAR_YEAR", year, AuditResult.SUCCESS,
                day.date() + " " + day.kind() + " " + day.name().strip());
        return new YearCalendar(year, true, after);
    }

    /** Removes one special day; an unknown date is 404. */
    @Transactional
    public YearCalendar remove(LocalDate date) {
        int year = date.getYear();
        store.lock(year);
        var days = new ArrayList<>(store.year(year));
        if (!days.removeIf(d -> d.date().equals(date))) {
            throw new NotFoundException();
        }
        var after = save(year, days);
        audit.record("CALENDAR_DAY_REMOVE", "CALENDAR_YEAR", year, AuditResult.SUCCESS, date.toString());
        return new YearCalendar(year, true, after);
    }

    private List<SpecialDay> save(int year, List<SpecialDay> days) {
        var cleaned = days.stream()
                .map(d -> new SpecialDay(d.date(), d.kind(), d.name().strip()))
                .sorted(Comparator.comparing(SpecialDay::date))
                .toList();
        store.replace(year, cleaned);
        reloadAfterCommit();
        return cleaned;
    }

    private static void throwIfInvalid(List<ValidationException.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.invalidate();
                }
            });
        } else {
            calendar.invalidate();
        }
    }
}
