package cn.qinqing.notification;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the notification tests move and an SMS gateway that records instead of logging. */
@TestConfiguration(proxyBeanMethods = false)
class NotificationTestConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    RecordingSmsGateway recordingSmsGateway() {
        return new RecordingSmsGateway();
    }
}
