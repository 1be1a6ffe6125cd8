package cn.qinqing.audit;

import cn.qinqing.shared.web.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail (审计查询) for the security auditor. Reading and verifying are
 * themselves recorded, so the trail shows who looked at it and when.
 */
@Service
public class AuditTrail {

    public static final int MAX_PAGE_SIZE = 100;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String WHERE = """
             where (cast(:from as timestamptz) is null or occurred_at >= :from)
               and (cast(:to as timestamptz) is null or occurred_at < :to)
               and (cast(:username as text) is null or username = :username)
               and (cast(:action as text) is null or action = :action)
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AuditVerifier verifier;

    AuditTrail(JdbcClient jdbc, AuditLog audit, AuditVerifier verifier) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.verifier = verifier;
    }

    /** One page of matching records, newest first; {@code page} counts from 0. */
    @Transactional
    public PageView<AuditRecordView> search(AuditQuery query, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " size " + size);
        }
        var content = bind(jdbc.sql("""
                select id, occurred_at, username, role, client_address, action, object_type, object_id, result, detail
                  from audit_record""" + WHERE + " order by id desc limit :size offset :offset"), query)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> map(rs)).list();
        var total = bind(jdbc.sql("select count(*) from audit_record" + WHERE), query).query(Long.class).single();
        audit.record("AUDIT_READ", "AUDIT", null, AuditResult.SUCCESS,
                (query.describe() + " page=" + page).trim());
        return PageView.of(content, page, size, total);
    }

    /** Verifies the whole chain and records that it did and what it found. */
    @Transactional
    public AuditVerifier.Verification verify() {
        var verification = verifier.verify();
        audit.record("AUDIT_VERIFY", "AUDIT", null, verification.intact() ? AuditResult.SUCCESS : AuditResult.FAILURE,
                verification.intact() ? "intact, " + verification.records() + " records"
                        : "broken at " + verification.firstBrokenId());
        return verification;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditQuery query) {
        return sql.param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to()))
                .param("username", blankToNull(query.username()))
                .param("action", blankToNull(query.action()));
    }

    private static AuditRecordView map(ResultSet rs) throws SQLException {
        var at = rs.getTimestamp("occurred_at").toInstant().atZone(CHINA).toOffsetDateTime();
        return new AuditRecordView(rs.getLong("id"), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at),
                rs.getString("username"), rs.getString("role"), rs.getString("client_address"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("result"), rs.getString("detail"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
