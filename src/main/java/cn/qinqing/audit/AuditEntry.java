package cn.qinqing.audit;

import cn.qinqing.shared.crypto.Sm3;
import java.time.Instant;

/** One audit record as stored and as shown; {@link #chainHash} is what chains it to the previous. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String username,
        String role,
        String clientAddress,
        String action,
        String objectType,
        String objectId,
        String result,
        String detail,
        String previousHash) {

    /** HMAC-SM3 over the previous record's hash and every field of this one. */
    String chainHash(byte[] key) {
        var content = String.join("\u001f", previousHash, Long.toString(id), occurredAt.toString(),
                n(username), n(role), n(clientAddress), n(action), n(objectType), n(objectId), n(result), n(detail));
        return Sm3.hmacHex(key, content);
    }

    private static String n(String value) {
        return value == null ? "\u0000" : value;
    }
}
