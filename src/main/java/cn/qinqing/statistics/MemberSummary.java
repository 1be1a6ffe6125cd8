package cn.qinqing.statistics;

import java.util.Map;

/**
 * The member roll at a glance (会员结构概况), as {@code GET /api/v1/statistics/members} answers it:
 * active members now, by type, growth against the end of the previous year, and the sides of the
 * "三多三少" balances.
 *
 * <p>{@code total} counts enterprise and individual members (企业会员 + 个人会员); group members
 * (团体会员, chambers and associations that join as bodies) appear in {@code byType} only. That is how
 * the seed counts: its 880 members (with 316 enterprise, 20 group and 564 individual ones) are 316 + 564,
 * and its growth of 10 % is on that total. Growth and the local/out-of-town split use the same basis.
 *
 * @param byType members by type, keys ENTERPRISE, GROUP, INDIVIDUAL in that order
 */
public record MemberSummary(long total, Map<String, Long> byType, Growth growth, Structure structure) {
}
