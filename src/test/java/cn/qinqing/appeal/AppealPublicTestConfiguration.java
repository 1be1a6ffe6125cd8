package cn.qinqing.appeal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The recording SMS gateway of the public appeal and attachment tests (it replaces the log gateway). */
@TestConfiguration(proxyBeanMethods = false)
class AppealPublicTestConfiguration {

    @Bean
    AppealPublicSms appealPublicSms() {
        return new AppealPublicSms();
    }
}
