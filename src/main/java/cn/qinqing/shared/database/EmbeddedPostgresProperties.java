package cn.qinqing.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files when no external datasource is configured.
 *
 * @param dataDirectory the cluster's data directory; survives restarts
 * @param cleanOnStart  wipe the directory before start (tests only)
 */
@ConfigurationProperties("qinqing.embedded-postgres")
public record EmbeddedPostgresProperties(Path dataDirectory, boolean cleanOnStart) {

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
    }
}
