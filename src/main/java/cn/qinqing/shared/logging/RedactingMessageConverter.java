package cn.qinqing.shared.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import cn.qinqing.shared.crypto.Redaction;

/**
 * Logback's {@code %m}: the message with resident ID numbers and mobiles masked, so a careless
 * log statement cannot leak personal data into log files (PIPL; 等保 2.0).
 */
public class RedactingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Redaction.redact(super.convert(event));
    }
}
