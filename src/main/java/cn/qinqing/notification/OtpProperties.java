package cn.qinqing.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the one-time codes ({@code qinqing.otp.*}).
 *
 * @param validity          how long a code may be used
 * @param maxAttempts       wrong entries after which a code is void
 * @param resendInterval    the least time between two codes to one mobile
 * @param perMobilePerHour  codes per mobile in any hour
 * @param perAddressPerHour codes per client address in any hour
 */
@ConfigurationProperties("qinqing.otp")
record OtpProperties(Duration validity, Integer maxAttempts, Duration resendInterval, Integer perMobilePerHour,
                     Integer perAddressPerHour) {

    OtpProperties {
        validity = validity == null ? Duration.ofMinutes(5) : validity;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        resendInterval = resendInterval == null ? Duration.ofSeconds(60) : resendInterval;
        perMobilePerHour = perMobilePerHour == null ? 5 : perMobilePerHour;
        perAddressPerHour = perAddressPerHour == null ? 20 : perAddressPerHour;
    }
}
