package cn.qinqing.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 (zonky binaries) when {@code spring.datasource.url} is not set,
 * so a newcomer runs the platform with nothing installed. Its data lives under
 * {@code ./data/postgres} and survives restarts. Zonky's defaults trade durability for test
 * speed; we switch fsync, synchronous_commit and full_page_writes back on because this is the
 * platform's real database, not a throwaway. The C.UTF-8 locale lets pg_trgm index Chinese.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
        var directory = properties.dataDirectory().toAbsolutePath();
        try {
            if (properties.cleanOnStart()) {
                // zonky's clean flag only deletes the directory at close; a run killed earlier leaves
                // a cluster behind that initdb refuses, so the wipe promised here happens first.
                org.springframework.util.FileSystemUtils.deleteRecursively(directory);
            }
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.cleanOnStart())
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("无法启动内置 PostgreSQL（数据目录 " + directory + "）: " + e.getMessage(), e);
        }
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("qinqing-embedded");
        return dataSource;
    }
}
