package cn.qinqing.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.shared.web.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules without Spring: rates and their standards, the period, the thresholds. */
class AppealStatisticsRulesTests {

    @Test
    void aRateIsBelowItsStandardBeforeRoundingAndNothingToMeasureIsNeverBelow() {
        var rate = AppealRate.of(1699, 2000, BigDecimal.valueOf(85));
        assertThat(rate.percent()).isEqualByComparingTo("85.0");
        assertThat(rate.below()).as("84.95 % prints as 85.0 % but is below 85 %").isTrue();
        assertThat(AppealRate.of(17, 20, BigDecimal.valueOf(85)).below()).as("exactly 85 %").isFalse();
        assertThat(AppealRate.of(2, 3, BigDecimal.valueOf(92)).text()).isEqualTo("66.7%");
        var none = AppealRate.of(0, 0, BigDecimal.valueOf(92));
        assertThat(none.percent()).isNull();
        assertThat(none.below()).isFalse();
        assertThat(none.text()).isEqualTo("-");
    }

    @Test
    void ratesAgreeWithPlainArithmeticForManyRandomCounts() {
        var random = new Random(20260301);
        for (int i = 0; i < 10_000; i++) {
            long denominator = 1 + random.nextInt(5000);
            long numerator = random.nextInt((int) denominator + 1);
            var threshold = BigDecimal.valueOf(random.nextInt(101));
            var rate = AppealRate.of(numerator, denominator, threshold);
            double exact = 100.0 * numerator / denominator;
            assertThat(rate.percent().doubleValue()).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.05));
            assertThat(rate.below()).as(numerator + "/" + denominator + " vs " + threshold)
                    .isEqualTo(numerator * 100 < threshold.longValue() * denominator);
        }
    }

    @Test
    void thresholdsDefaultTo85And92And92AndRefuseWhatIsNotAPercentage() {
        var defaults = new AppealThresholds(null, null, null);
        assertThat(defaults.onTimeRate()).isEqualByComparingTo("85");
        assertThat(defaults.replyRate()).isEqualByComparingTo("92");
        assertThat(defaults.satisfactionRate()).isEqualByComparingTo("92");
        assertThatThrownBy(() -> new AppealThresholds(BigDecimal.valueOf(101), null, null))
                .hasMessageContaining("on-time-rate");
        assertThatThrownBy(() -> new AppealThresholds(null, null, BigDecimal.valueOf(-1)))
                .hasMessageContaining("satisfaction-rate");
    }

    @Test
    void aMonthIsAWholeMonthAndOtherPeriodsAreNot() {
        var today = LocalDate.of(2026, 3, 15);
        assertThat(AppealPeriod.parse(null, null, today)).isEqualTo(AppealPeriod.month(YearMonth.of(2026, 3)));
        assertThat(AppealPeriod.parse("2026-02-01", "2026-02-28", today).wholeMonth()).contains(YearMonth.of(2026, 2));
        assertThat(AppealPeriod.parse("2026-02-01", "2026-02-27", today).wholeMonth()).isEmpty();
        assertThat(AppealPeriod.parse("2026-01-01", "2026-02-28", today).wholeMonth()).isEmpty();
        assertThat(AppealPeriod.parseMonth("2026-02", today).to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(AppealPeriod.parseMonth(" ", today)).isEqualTo(AppealPeriod.month(YearMonth.of(2026, 3)));
        for (var bad : new String[] {"2026-13", "2026/02", "1999-12", "二月"}) {
            assertThatThrownBy(() -> AppealPeriod.parseMonth(bad, today)).as(bad)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("appeal-stats.period.month-invalid"));
        }
    }
}
