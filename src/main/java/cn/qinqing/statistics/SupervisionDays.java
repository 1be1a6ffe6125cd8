package cn.qinqing.statistics;

import cn.qinqing.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * When an overdue case counts as supervised (督办): the reminder (催办) goes out on the first working
 * day after the due date and the case is escalated to the leaders {@value #AFTER_REMINDER} working days
 * later, so a case is supervised once {@value #WORKING_DAYS} working days have passed after its due
 * date without its being resolved.
 *
 * <p>The SQL cannot ask the working calendar, so it gets a table by day instead: for each day
 * {@code u} from {@code base} to {@code today}, the {@value #WORKING_DAYS}th working day counting back
 * from {@code u} (itself included). A case due on {@code d} and still unresolved on {@code u} is
 * supervised by then exactly when {@code d} lies before that day.
 */
record SupervisionDays(LocalDate base, String[] days) {

    static final int AFTER_REMINDER = 5;
    static final int WORKING_DAYS = 1 + AFTER_REMINDER;
    /** Enough calendar days back to find six working days before any day, even across the Spring Festival. */
    private static final int LOOK_BACK = 40;

    /**
     * The days as a typed date[] parameter: a text parameter cast in the SQL would be parsed again for
     * every case (5 s instead of 0.1 s on a province's month).
     */
    SqlArrayValue parameter() {
        return new SqlArrayValue("date", (Object[]) days);
    }

    static SupervisionDays of(WorkingCalendar calendar, LocalDate base, LocalDate today) {
        var days = new ArrayList<String>();
        var recent = new ArrayDeque<LocalDate>();
        for (var day = base.minusDays(LOOK_BACK); !day.isAfter(today); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                recent.addLast(day);
                if (recent.size() > WORKING_DAYS) {
                    recent.removeFirst();
                }
            }
            if (!day.isBefore(base)) {
                days.add(recent.size() == WORKING_DAYS ? recent.peekFirst().toString() : null);
            }
        }
        return new SupervisionDays(base, days.toArray(String[]::new));
    }
}
