package cn.qinqing.statistics;

import java.util.List;

/**
 * Everything the member structure dashboard (会员结构统计) shows, read in one go: the summary, the
 * last years oldest first (the current year as of today) and the breakdowns.
 */
public record MemberOverview(MemberSummary summary, List<YearFigures> history, Breakdowns breakdowns) {
}
