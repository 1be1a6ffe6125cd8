package cn.qinqing.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * The default {@link SmsGateway} while no SMS provider is contracted: writes each message to the log
 * instead of sending it. The mobile is masked ({@code 138****5678}); the text is written in full, since
 * an operator reads one-time codes from it to help a caller on the phone. A {@link Fallback} bean: any
 * other {@code SmsGateway} bean (a provider's) takes its place without further configuration.
 */
@Component
@Fallback
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String mobile, String text) {
        log.info("SMS to {} (log gateway, not sent): {}", Mobiles.mask(mobile), text);
    }
}
