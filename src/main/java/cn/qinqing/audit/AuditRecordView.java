package cn.qinqing.audit;

/**
 * One audit record as the auditor reads it.
 *
 * @param occurredAt ISO-8601 with the China offset, e.g. {@code 2026-05-01T09:30:00.123456+08:00}
 * @param role       the roles the account held, comma-separated
 */
public record AuditRecordView(
        long id,
        String occurredAt,
        String username,
        String role,
        String clientAddress,
        String action,
        String objectType,
        String objectId,
        String result,
        String detail) {
}
