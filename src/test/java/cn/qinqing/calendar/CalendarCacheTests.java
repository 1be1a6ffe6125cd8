package cn.qinqing.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An edit is seen at once by this instance and, after the recheck, by another one. Uses 2096 only. */
@IntegrationTest
class CalendarCacheTests {

    private static final LocalDate FRIDAY = LocalDate.of(2096, 5, 4);

    @Autowired
    CalendarYears years;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    CalendarStore store;

    @Test
    void editsReachThisInstanceAtOnceAndAnotherOnItsNextCheck() {
        years.replace(2096, List.of());
        var otherInstance = new CachedWorkingCalendar(store, 0);
        var lazyInstance = new CachedWorkingCalendar(store, Long.MAX_VALUE);
        assertThat(calendar.isWorkingDay(FRIDAY)).isTrue();
        assertThat(otherInstance.isWorkingDay(FRIDAY)).isTrue();
        assertThat(lazyInstance.isWorkingDay(FRIDAY)).isTrue();

        years.replace(2096, List.of(new SpecialDay(FRIDAY, DayKind.HOLIDAY, "劳动节")));

        assertThat(calendar.isWorkingDay(FRIDAY)).isFalse();
        assertThat(otherInstance.isWorkingDay(FRIDAY)).isFalse();
        assertThat(calendar.addWorkingDays(FRIDAY.minusDays(1), 1)).isEqualTo(LocalDate.of(2096, 5, 7));
        // Within its recheck interval an instance answers from memory without asking the database.
        assertThat(lazyInstance.isWorkingDay(FRIDAY)).isTrue();
    }
}
