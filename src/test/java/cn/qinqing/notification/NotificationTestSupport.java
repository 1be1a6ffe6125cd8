package cn.qinqing.notification;

import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the notification flow tests: one application context of their own (so moving the clock or
 * breaking the SMS gateway never touches other tests), with e-mail going to a GreenMail SMTP server on a
 * free port, a {@link MovableClock}, a {@link RecordingSmsGateway}, and the scheduled dispatcher held
 * back (tests call {@code dispatchNow()}).
 */
@IntegrationTest
@Import(NotificationTestConfiguration.class)
abstract class NotificationTestSupport {

    static final GreenMail MAIL = startMailServer();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected MovableClock clock;
    @Autowired
    protected RecordingSmsGateway sms;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TransactionTemplate transactions;
    @Autowired
    protected TestAccounts accounts;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("qinqing.notification.dispatch-initial-delay", () -> "PT24H");
        registry.add("qinqing.notification.dispatch-delay", () -> "PT24H");
    }

    @AfterEach
    void restoreCollaborators() {
        clock.reset();
        sms.reset();
        if (!MAIL.isRunning()) {
            MAIL.start();
        }
    }

    /** A mobile number no other test uses (19x numbers; the sequence and a random part). */
    static String uniqueMobile() {
        return "19" + String.format("%04d%05d", SEQUENCE.incrementAndGet() % 10_000,
                ThreadLocalRandom.current().nextInt(100_000));
    }

    static String uniqueText(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    private static GreenMail startMailServer() {
        try (var socket = new ServerSocket(0)) {
            var port = socket.getLocalPort();
            socket.close();
            var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
