package cn.qinqing.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the outbox dispatcher ({@code qinqing.notification.*}); the SMTP server itself is
 * configured under {@code spring.mail.*}.
 *
 * @param mailFrom       sender address of e-mails
 * @param baseUrl        the app's public address (e.g. {@code https://qinqing.example.gov.cn}) that turns
 *                       a notice's link into a clickable address in e-mails; without it the path is shown
 * @param maxAttempts    attempts per delivery before it is marked FAILED
 * @param firstRetry     the delay after the first failure; each further failure doubles it
 * @param maxRetry       the longest delay between two attempts
 * @param batchSize      deliveries claimed per database transaction
 * @param smsMaxLength   a text message is cut to this many characters
 */
@ConfigurationProperties("qinqing.notification")
record NotificationProperties(String mailFrom, String baseUrl, Integer maxAttempts, Duration firstRetry,
                              Duration maxRetry, Integer batchSize, Integer smsMaxLength) {

    NotificationProperties {
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "qinqing@localhost" : mailFrom.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip().replaceAll("/+$", "");
        maxAttempts = maxAttempts == null ? 10 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(6) : maxRetry;
        batchSize = batchSize == null ? 50 : batchSize;
        smsMaxLength = smsMaxLength == null ? 300 : smsMaxLength;
    }

    /** The wait after the {@code attempts}-th failed attempt: 1, 2, 4, 8 ... minutes, at most {@link #maxRetry}. */
    Duration retryDelay(int attempts) {
        var doublings = Math.min(Math.max(attempts - 1, 0), 30);
        var delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
