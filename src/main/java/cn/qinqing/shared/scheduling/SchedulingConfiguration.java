package cn.qinqing.shared.scheduling;

import java.time.Clock;
import java.time.ZoneId;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time and scheduled jobs. Every {@code @Scheduled} job also carries {@code @SchedulerLock} so that it
 * runs once across all instances (a lock row in the {@code shedlock} table); the {@link Clock} is a bean
 * so that tests can move time (deadlines, reminders) without waiting.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        // Lock times from the database's clock, so instances with drifting clocks still agree.
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    /** The federation's clock: China Standard Time unless configured otherwise. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${qinqing.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
