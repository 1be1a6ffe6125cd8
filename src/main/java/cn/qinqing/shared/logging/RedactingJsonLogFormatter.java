package cn.qinqing.shared.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import cn.qinqing.shared.crypto.Redaction;
import java.time.Instant;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * One JSON object per line for log collectors (enable with
 * {@code logging.structured.format.console=cn.qinqing.shared.logging.RedactingJsonLogFormatter},
 * as the prod profile does), with personal numbers masked like the text logs.
 */
public class RedactingJsonLogFormatter implements StructuredLogFormatter<ILoggingEvent> {

    private final ThrowableProxyConverter throwables = new ThrowableProxyConverter();
    private final JsonWriter<ILoggingEvent> writer = JsonWriter.<ILoggingEvent>of(members -> {
        members.add("@timestamp", event -> Instant.ofEpochMilli(event.getTimeStamp()).toString());
        members.add("level", event -> event.getLevel().toString());
        members.add("logger", ILoggingEvent::getLoggerName);
        members.add("thread", ILoggingEvent::getThreadName);
        members.add("message", event -> Redaction.redact(event.getFormattedMessage()));
        members.add("exception", event -> event.getThrowableProxy() == null ? null
                : Redaction.redact(throwables.convert(event))).whenNotNull();
    }).withNewLineAtEnd();

    public RedactingJsonLogFormatter() {
        throwables.start();
    }

    @Override
    public String format(ILoggingEvent event) {
        return writer.writeToString(event);
    }
}
