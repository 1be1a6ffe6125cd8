package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealStatus.SUBMITTED;

import cn.qinqing.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the daily deadline job ({@link AppealDeadlines}) would have done to a back-filled case (补录) had the
 * platform been running in its days, by the job's own rules: the reminder (催办) on the first run after the
 * due date, the escalation to the leaders (督办) on the run {@link AppealDeadlines#SUPERVISE_AFTER} working
 * days after that, and the due-soon marker on the run of the working day before the due date; each once per
 * due date. The job is taken to have run at its default time, 08:30 of every working day, so a ledger step
 * taken later on that day comes after it. One instance per case: it keeps the markers the job would store.
 */
final class PastDeadlines {

    /** When the job runs by default ({@code qinqing.appeal.deadlines.cron}). */
    static final LocalTime JOB_TIME = LocalTime.of(8, 30);

    /** A step the job would have recorded, on the day of its run. */
    record Run(AppealAction action, LocalDate day) {
    }

    private final WorkingCalendar calendar;
    private LocalDate remindedOn;
    private LocalDate supervisedOn;
    private LocalDate dueSoonFor;

    PastDeadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The job's steps on the runs after {@code from} up to and including {@code until}, the case being in
     * {@code s} all that time, in the order the job takes them.
     */
    List<Run> between(AppealState s, LocalDateTime from, LocalDateTime until) {
        var due = s.dueOn();
        if (due == null) {
            return List.of();
        }
        var first = firstRunAfter(from);
        var runs = new ArrayList<Run>();
        if (remindedOn == null || !remindedOn.isAfter(due)) {
            var day = latest(first, calendar.addWorkingDays(due, 1));
            if (runsBy(day, until)) {
                remindedOn = day;
                runs.add(new Run(AppealAction.REMINDED, day));
            }
        }
        if (supervisedOn == null || !supervisedOn.isAfter(due)) {
            var day = latest(first, calendar.addWorkingDays(due, AppealDeadlines.SUPERVISE_AFTER + 1));
            if (runsBy(day, until)) {
                supervisedOn = day;
                runs.add(new Run(AppealAction.SUPERVISED, day));
            }
        }
        if (s.status() != SUBMITTED && !due.equals(dueSoonFor)) {
            var dayBefore = DeadlineDays.nthBack(calendar, due.minusDays(1), 1);
            if (!dayBefore.isBefore(first) && runsBy(dayBefore, until)) {
                dueSoonFor = due;
            }
        }
        return runs;
    }

    LocalDate remindedOn() {
        return remindedOn;
    }

    LocalDate supervisedOn() {
        return supervisedOn;
    }

    LocalDate dueSoonFor() {
        return dueSoonFor;
    }

    private LocalDate firstRunAfter(LocalDateTime t) {
        var day = t.toLocalDate();
        return calendar.isWorkingDay(day) && t.toLocalTime().isBefore(JOB_TIME) ? day : calendar.addWorkingDays(day, 1);
    }

    private static boolean runsBy(LocalDate day, LocalDateTime until) {
        return !day.atTime(JOB_TIME).isAfter(until);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
