package cn.qinqing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Qinqing (亲清): the working platform of a Federation of Industry and Commerce (工商联). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class QinqingApplication {

    public static void main(String[] args) {
        SpringApplication.run(QinqingApplication.class, args);
    }
}
