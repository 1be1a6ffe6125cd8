package cn.qinqing.statistics;

import java.time.LocalDate;
import java.util.Map;

/**
 * The roll as of one day: 31 December of a past year, or today for the current year. Members count
 * when one of their membership periods covers that day; their type, kind, locality and high-tech flag
 * are today's (those attributes are not kept by date). The total counts as {@link MemberSummary#total()} does.
 */
public record YearFigures(int year, LocalDate asOf, long total, Map<String, Long> byType, Structure structure) {
}
