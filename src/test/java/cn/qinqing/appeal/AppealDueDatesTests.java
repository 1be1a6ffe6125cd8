package cn.qinqing.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.calendar.WorkingCalendar;
import cn.qinqing.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Due dates count the official working days: the 2026 Spring Festival and its swapped Saturdays. */
@IntegrationTest
class AppealDueDatesTests {

    @Autowired
    WorkingCalendar calendar;

    @Test
    void aCaseFiledBeforeTheSpringFestivalIsDueOnTheSwappedSaturdayAndHandledAfterTheHoliday() {
        var appeal = Appeal.submit(1L, 1, 13, LocalDate.of(2026, 2, 13), calendar);
        appeal.stored(1L);
        assertThat(appeal.state().acceptDue()).isEqualTo(LocalDate.of(2026, 2, 14));

        appeal.accept(LocalDate.of(2026, 2, 14), calendar, null);

        // 15-23 Feb off; 24-27 Feb, Sat 28 Feb (worked), 2-6 Mar, 9-11 Mar.
        assertThat(appeal.state().handlingDue()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void aConsultationIsDueThreeWorkingDaysAfterAcceptanceAcrossNationalDay() {
        var appeal = Appeal.submit(1L, 1, 3, LocalDate.of(2026, 9, 30), calendar);
        appeal.stored(1L);
        assertThat(appeal.state().acceptDue()).isEqualTo(LocalDate.of(2026, 10, 8));

        appeal.accept(LocalDate.of(2026, 9, 30), calendar, null);

        // 1-7 Oct off; 8, 9 Oct, Sat 10 Oct (worked).
        assertThat(appeal.state().handlingDue()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void anExtensionFromADueDateBeforeTheHolidayLandsAfterIt() {
        var appeal = Appeal.restore(new AppealState(1L, 1L, 13, AppealStatus.IN_PROGRESS, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 30), null, null, null, 0,
                false, null, null, null, null));
        appeal.requestExtension(2, "五一前无法办结");

        appeal.approveExtension(calendar, null);

        // 1-5 May off, Sat 9 May worked: 6 May, 7 May.
        assertThat(appeal.state().handlingDue()).isEqualTo(LocalDate.of(2026, 5, 7));
    }
}
