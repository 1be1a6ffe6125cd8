package cn.qinqing.statistics;

import java.util.List;
import java.util.Map;

/**
 * The breakdowns as counted, before the industry and size rows are labelled and put in order.
 *
 * @param chambers   every chamber in scope with its active members in scope, most first, named
 * @param industries active organisation members by section letter; the key null counts those without one
 * @param sizes      active organisation members by size name; the key null counts those without one
 */
record BreakdownCounts(List<Breakdowns.Count> chambers, Map<String, Long> industries, Map<String, Long> sizes) {
}
