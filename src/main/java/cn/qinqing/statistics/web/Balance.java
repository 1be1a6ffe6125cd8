package cn.qinqing.statistics.web;

import cn.qinqing.statistics.Structure;
import java.util.List;
import java.util.Map;

/**
 * One of the "三多三少" balances the seed names: the side that is many against the side that is
 * few, each with its count; {@code key} and the side keys name message texts.
 */
public record Balance(String key, String manyKey, long many, String fewKey, long few) {

    static List<Balance> of(Structure s, Map<String, Long> byType) {
        return List.of(
                new Balance("business", "individual-business", s.individualBusiness(), "private-enterprise", s.privateEnterprise()),
                new Balance("membership", "individual", byType.getOrDefault("INDIVIDUAL", 0L), "group", byType.getOrDefault("GROUP", 0L)),
                new Balance("origin", "local", s.local(), "out-of-town", s.outOfTown()),
                new Balance("sector", "traditional", s.traditional(), "high-tech", s.highTech()));
    }

    /** How many of the first side there are to one of the second, e.g. "9.8"; "-" when the second is none. */
    public String ratio() {
        return few == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f", (double) many / few);
    }
}
