package cn.qinqing.audit;

import java.time.Instant;

/**
 * Filters of the audit trail; every part is optional.
 *
 * @param from     first instant included
 * @param to       first instant no longer included
 * @param username exact account name
 * @param action   exact action, e.g. LOGIN or ROLE_GRANT
 */
public record AuditQuery(Instant from, Instant to, String username, String action) {

    /** The filters in short for the AUDIT_READ record. */
    String describe() {
        var sb = new StringBuilder();
        if (from != null) {
            sb.append("from=").append(from).append(' ');
        }
        if (to != null) {
            sb.append("to=").append(to).append(' ');
        }
        if (username != null) {
            sb.append("username=").append(username).append(' ');
        }
        if (action != null) {
            sb.append("action=").append(action).append(' ');
        }
        return sb.toString().trim();
    }
}
