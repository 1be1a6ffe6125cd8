package cn.qinqing.shared.database;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the two start-up failures an operator meets most - the database cannot be reached, a
 * migration failed - into a clear message instead of a page of stack trace. PostgreSQL runs each
 * Flyway migration in a transaction, so a failed one leaves the schema as it was.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        // Flyway wraps an unreachable server in its own exception, so look for that first.
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return new FailureAnalysis(
                        "无法连接数据库，平台未启动。 / The database cannot be reached; the platform did not start.\n"
                                + firstLine(sql.getMessage()),
                        "检查 SPRING_DATASOURCE_URL、用户名和密码，以及 PostgreSQL 是否已启动；不设置 SPRING_DATASOURCE_URL"
                                + " 则使用内置数据库。 / Check SPRING_DATASOURCE_URL, the credentials and that PostgreSQL"
                                + " is running; leave SPRING_DATASOURCE_URL unset to use the embedded database.", failure);
            }
        }
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FlywayException flyway) {
                return new FailureAnalysis(
                        "数据库迁移失败，平台未启动；失败的迁移已整体回滚，数据库保持迁移前的状态。"
                                + " / A database migration failed; it was rolled back and the platform did not start.\n"
                                + firstLine(flyway.getMessage()),
                        "检查上面的迁移错误，修正后重新启动。 / Fix the migration error above and start again.", failure);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        var newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
