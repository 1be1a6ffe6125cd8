package cn.qinqing.calendar;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.web.ValidationException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads and edits the calendar year by year (工作日历维护). Editing is configuration, so the
 * controllers allow it to SYSTEM_ADMIN; every edit is audited.
 */
@Service
public class CalendarYears {

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

    public YearCalendar year(int year) {
        return new YearCalendar(year, store.isPublished(year), store.year(year));
    }

    /**
     * Replaces the year's special days (an empty list publishes a year without holidays).
     *
     * @throws ValidationException naming each bad entry; nothing is changed then
     */
    @Transactional
    public YearCalendar replace(int year, List<SpecialDay> days) {
        var errors = SpecialDayRules.check(year, days);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var cleaned = days.stream()
                .map(d -> new SpecialDay(d.date(), d.kind(), d.name().strip()))
                .sorted(Comparator.comparing(SpecialDay::date))
                .toList();
        var before = new HashSet<>(store.year(year));
        store.replace(year, cleaned);
        long added = cleaned.stream().filter(d -> !before.contains(d)).count();
        long removed = before.stream().filter(d -> !cleaned.contains(d)).count();
        audit.record("CALENDAR_YEAR_UPDATE", "CALENDAR_YEAR", year, AuditResult.SUCCESS,
                "days=" + cleaned.size() + " added=" + added + " removed=" + removed);
        reloadAfterCommit();
        return new YearCalendar(year, true, cleaned);
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
