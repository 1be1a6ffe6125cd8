package cn.qinqing.calendar;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

/**
 * The {@link WorkingCalendar} bean. All special days live in memory (a few dozen rows a year).
 * At most every {@link #RECHECK_NANOS} a call compares the tables' revision (one tiny query) and
 * reloads when another instance has edited a year; edits on this instance reload at once after
 * commit. So an answer is at most five seconds behind an edit made elsewhere.
 */
@Service
class CachedWorkingCalendar implements WorkingCalendar {

    static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final CalendarStore store;
    private volatile Snapshot snapshot;

    private record Snapshot(CalendarDays days, long revision, long checkedAt) {
    }

    CachedWorkingCalendar(CalendarStore store) {
        this.store = store;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return days().isWorkingDay(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate day, int n) {
        return days().addWorkingDays(day, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days().workingDaysBetween(from, to);
    }

    boolean isPublished(int year) {
        return days().isPublished(year);
    }

    /** Forgets the snapshot; the next call reloads. */
    void invalidate() {
        snapshot = null;
    }

    CalendarDays days() {
        var current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt() < RECHECK_NANOS) {
            return current.days();
        }
        synchronized (this) {
            current = snapshot;
            if (current != null && now - current.checkedAt() < RECHECK_NANOS) {
                return current.days();
            }
            long revision = store.revision();
            var days = current != null && current.revision() == revision ? current.days() : store.loadAll();
            snapshot = new Snapshot(days, revision, System.nanoTime());
            return days;
        }
    }
}
