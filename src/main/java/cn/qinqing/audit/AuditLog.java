package cn.qinqing.audit;

import cn.qinqing.shared.crypto.KeyRing;
import cn.qinqing.shared.crypto.Redaction;
import cn.qinqing.shared.web.ClientAddressResolver;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail (审计日志). Each record carries HMAC-SM3 over the previous record's
 * hash and its own content, so any edit, deletion or reordering breaks the chain at that record
 * (see {@link AuditVerifier}). Inside a business transaction the record commits or rolls back
 * with the change it describes.
 */
@Service
public class AuditLog {

    static final String KEY_NAME = "audit";
    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final KeyRing keys;
    private final ClientAddressResolver clientAddress;

    AuditLog(JdbcClient jdbc, KeyRing keys, ClientAddressResolver clientAddress) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clientAddress = clientAddress;
    }

    /** Records an action of the signed-in user. */
    @Transactional
    public void record(String action, String objectType, Object objectId, AuditResult result) {
        record(action, objectType, objectId, result, null);
    }

    /** Records an action of the signed-in user, with a short detail (personal numbers are masked). */
    @Transactional
    public void record(String action, String objectType, Object objectId, AuditResult result, String detail) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var username = authentication == null ? "anonymous" : authentication.getName();
        var roles = authentication == null ? null : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5)).sorted().collect(Collectors.joining(","));
        recordFor(username, roles, action, objectType, objectId, result, detail);
    }

    /** Records an action for a named user (logins, where nobody is signed in yet). */
    @Transactional
    public void recordFor(String username, String roles, String action, String objectType, Object objectId,
                          AuditResult result, String detail) {
        var head = jdbc.sql("select last_id, last_hash from audit_chain_head for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        var entry = new AuditEntry((Long) head[0] + 1, Instant.now().truncatedTo(ChronoUnit.MICROS),
                cut(username, 64), cut(roles, 200), cut(clientAddress.current(), 64), cut(action, 64),
                cut(objectType, 64), objectId == null ? null : cut(objectId.toString(), 64), result.name(),
                cut(Redaction.redact(detail), 500), (String) head[1]);
        var hash = entry.chainHash(keys.key(KEY_NAME, 32));
        jdbc.sql("""
                insert into audit_record (id, occurred_at, username, role, client_address, action, object_type,
                                          object_id, result, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), Timestamp.from(entry.occurredAt()), entry.username(), entry.role(),
                        entry.clientAddress(), entry.action(), entry.objectType(), entry.objectId(), entry.result(),
                        entry.detail(), entry.previousHash(), hash)
                .update();
        jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ?").params(entry.id(), hash).update();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
