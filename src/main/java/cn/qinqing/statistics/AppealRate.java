package cn.qinqing.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate of a unit against its standard: numerator over denominator in percent with one decimal.
 *
 * @param percent   null when there is nothing to measure (denominator 0); such a rate is never below
 * @param below     true when the rate falls short of the threshold (低于通报标准)
 */
public record AppealRate(long numerator, long denominator, BigDecimal percent, BigDecimal threshold, boolean below) {

    public static AppealRate of(long numerator, long denominator, BigDecimal threshold) {
        if (denominator == 0) {
            return new AppealRate(numerator, 0, null, threshold, false);
        }
        var percent = BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        // Compared before rounding: 84.96 % is below 85 % even though it prints as 85.0 %.
        boolean below = BigDecimal.valueOf(numerator * 100).compareTo(threshold.multiply(BigDecimal.valueOf(denominator))) < 0;
        return new AppealRate(numerator, denominator, percent, threshold, below);
    }

    /** As people write it: 85.0%, or a dash when there is nothing to measure. */
    public String text() {
        return percent == null ? "-" : percent.toPlainString() + "%";
    }
}
