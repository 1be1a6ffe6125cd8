package cn.qinqing.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain from the first record and names the first one that does not fit: its
 * content was edited (hash differs), a record before it was deleted or moved (previous hash or id
 * out of sequence), or records were cut off the end (the chain head points past the last one).
 */
@Service
public class AuditVerifier {

    private final JdbcClient jdbc;
    private final cn.qinqing.shared.crypto.KeyRing keys;

    AuditVerifier(JdbcClient jdbc, cn.qinqing.shared.crypto.KeyRing keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** The outcome: intact or not, how many records were read, the first broken record's id. */
    public record Verification(boolean intact, long records, Long firstBrokenId) {
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        var key = keys.key(AuditLog.KEY_NAME, 32);
        var state = new long[] {0, 0};
        var previous = new String[] {AuditLog.GENESIS};
        var broken = new Long[] {null};
        jdbc.sql("""
                select id, occurred_at, username, role, client_address, action, object_type, object_id,
                       result, detail, previous_hash, hash
                  from audit_record order by id""")
                .withFetchSize(1000)
                // A RowCallbackHandler is called once per row; the template itself advances the cursor.
                .query((RowCallbackHandler) rs -> {
                    state[1]++;
                    if (broken[0] != null) {
                        return;
                    }
                    var entry = entry(rs);
                    var expectedId = state[0] + 1;
                    var stored = rs.getString("hash");
                    if (entry.id() != expectedId || !entry.previousHash().equals(previous[0])
                            || !entry.chainHash(key).equals(stored)) {
                        broken[0] = entry.id() != expectedId ? Math.min(entry.id(), expectedId) : entry.id();
                        return;
                    }
                    state[0] = entry.id();
                    previous[0] = stored;
                });
        if (broken[0] == null) {
            var head = jdbc.sql("select last_id, last_hash from audit_chain_head")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
            if ((Long) head[0] != state[0] || !previous[0].equals(head[1])) {
                broken[0] = state[0] + 1;
            }
        }
        return new Verification(broken[0] == null, state[1], broken[0]);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                rs.getString("role"), rs.getString("client_address"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("result"),
                rs.getString("detail"), rs.getString("previous_hash"));
    }
}
