package cn.qinqing.statistics;

import java.util.Map;

/**
 * The member roll at a glance (会员结构概况), as {@code GET /api/v1/statistics/members} answers it:
 * active members now, by type, growth against the end of the previous year, and the sides of the
 * "三多三少" balances.
 *
 * @param byType members by type, keys ENTERPRISE, GROUP, INDIVIDUAL in that order
 */
public record MemberSummary(long total, Map<String, Long> byType, Growth growth, Structure structure) {
}
