package cn.qinqing.appeal;

import cn.qinqing.calendar.WorkingCalendar;
import java.time.LocalDate;

/** Counting working days backwards, which the working calendar does not offer. */
final class DeadlineDays {

    /** Far enough back for any count the job and the filters use (holidays included). */
    private static final int MAX_DAYS_BACK = 3_700;

    private DeadlineDays() {
    }

    /**
     * The n-th working day counting back from {@code day}, {@code day} itself counting as the first when
     * it is a working day. A due date before it lies at least n working days in the past:
     * {@code due < nthBack(today, n)} exactly when {@code workingDaysBetween(due, today) >= n}.
     */
    static LocalDate nthBack(WorkingCalendar calendar, LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("count from 1");
        }
        var current = day;
        int found = 0;
        for (int i = 0; i < MAX_DAYS_BACK; i++) {
            if (calendar.isWorkingDay(current) && ++found == n) {
                return current;
            }
            current = current.minusDays(1);
        }
        return current;
    }
}
