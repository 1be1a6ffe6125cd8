package cn.qinqing.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account security thresholds; the defaults meet 等保 2.0 level 3.
 *
 * @param maxFailedLogins     failed logins in a row that lock an account
 * @param lockDuration        how long a locked account stays locked
 * @param passwordIterations  PBKDF2-HMAC-SM3 rounds for new hashes
 * @param bootstrapPassword   one-time password for the built-in administrators (from
 *                            QINQING_BOOTSTRAP_PASSWORD); when empty a random one is printed once
 */
@ConfigurationProperties("qinqing.account")
public record AccountProperties(
        Integer maxFailedLogins,
        Duration lockDuration,
        Integer passwordIterations,
        String bootstrapPassword) {

    public AccountProperties {
        if (maxFailedLogins == null) {
            maxFailedLogins = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(30);
        }
        if (passwordIterations == null) {
            passwordIterations = 100_000;
        }
    }
}
