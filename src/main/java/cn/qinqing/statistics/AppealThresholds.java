package cn.qinqing.statistics;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The standards a handling unit is measured against in the monthly bulletin (通报标准), in percent:
 * a unit below one is named in the bulletin. Defaults: on-time rate 85, reply rate 92, satisfaction
 * rate 92 (the issue names 85 and 92; the reply rate takes the stricter 92 like satisfaction).
 */
@ConfigurationProperties("qinqing.appeal.thresholds")
public record AppealThresholds(BigDecimal onTimeRate, BigDecimal replyRate, BigDecimal satisfactionRate) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AppealThresholds {
        onTimeRate = percent("on-time-rate", onTimeRate, BigDecimal.valueOf(85));
        replyRate = percent("reply-rate", replyRate, BigDecimal.valueOf(92));
        satisfactionRate = percent("satisfaction-rate", satisfactionRate, BigDecimal.valueOf(92));
    }

    private static BigDecimal percent(String name, BigDecimal value, BigDecimal fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("qinqing.appeal.thresholds." + name + " must be between 0 and 100, not " + value);
        }
        return value;
    }
}
