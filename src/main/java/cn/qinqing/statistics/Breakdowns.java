package cn.qinqing.statistics;

import java.util.List;

/**
 * Active members broken down by chamber (a member may belong to several); organisation members
 * (enterprise and group: industry and size are a firm's facts) by industry section of GB/T 4754
 * (A-T, then those without one) and by enterprise size.
 */
public record Breakdowns(List<Count> chambers, List<Count> industries, List<Count> sizes) {

    /**
     * One row of a breakdown.
     *
     * @param key   the chamber id, section letter or size name; "NONE" for members without a value
     * @param label what people read: the chamber name, the section's Chinese name, the size in Chinese
     */
    public record Count(String key, String label, long count) {
    }
}
