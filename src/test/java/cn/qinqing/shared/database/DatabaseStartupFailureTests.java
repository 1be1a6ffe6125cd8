package cn.qinqing.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.qinqing.QinqingApplication;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

class DatabaseStartupFailureTests {

    @Test
    void refusesToStartWithAClearMessageWhenTheDatabaseIsUnreachable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var app = new SpringApplication(QinqingApplication.class);
        var failure = catchThrowable(() -> app.run(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/qinqing",
                "--spring.datasource.username=nobody", "--spring.datasource.password=nothing",
                "--server.port=0", "--spring.main.banner-mode=off"));

        assertThat(failure).isNotNull();
        var analysis = new DatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("无法连接数据库");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }
}
