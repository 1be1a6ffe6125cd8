package cn.qinqing.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationAtomicityTests {

    @Test
    void aFailingMigrationLeavesNothingHalfApplied() throws Exception {
        var directory = Files.createTempDirectory("qinqing-migration-test");
        try (var postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true).start()) {
            var dataSource = postgres.getPostgresDatabase();
            var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/failing").load();

            assertThatThrownBy(flyway::migrate).isInstanceOf(FlywayException.class);

            var jdbc = JdbcClient.create(dataSource);
            assertThat(jdbc.sql("select to_regclass('public.half_applied') is null").query(Boolean.class).single())
                    .as("the table created by the failed migration's first statement").isTrue();
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
                    .isZero();
        }
    }
}
