package cn.qinqing.statistics;

/**
 * Growth of the roll (会员增长率): active members now against those active at the end of 31 December
 * of the previous year.
 *
 * @param previousYearEnd members whose membership period covered the end of the previous year
 * @param rate            (now - previousYearEnd) / previousYearEnd as a fraction to 4 places (0.1 = 10 %);
 *                        null when there were none at the end of the previous year
 */
public record Growth(long previousYearEnd, Double rate) {

    static Growth of(long now, long previousYearEnd) {
        if (previousYearEnd == 0) {
            return new Growth(0, null);
        }
        var rate = java.math.BigDecimal.valueOf(now - previousYearEnd)
                .divide(java.math.BigDecimal.valueOf(previousYearEnd), 4, java.math.RoundingMode.HALF_UP);
        return new Growth(previousYearEnd, rate.doubleValue());
    }
}
