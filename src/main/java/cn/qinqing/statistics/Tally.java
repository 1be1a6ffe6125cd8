package cn.qinqing.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;

/**
 * Sums groups of members into the figures. The total and the local/out-of-town split count
 * enterprise and individual members; group members (团体会员) count by type only (see
 * {@link MemberSummary}).
 */
final class Tally {
    private final LocalDate day;
    private long enterprise, group, individual, individualBusiness, privateEnterprise, local, outOfTown,
            traditional, highTech;

    Tally(LocalDate day) {
        this.day = day;
    }

    void add(String type, String kind, boolean isLocal, boolean isHighTech, long count) {
        switch (type) {
            case "ENTERPRISE" -> enterprise += count;
            case "GROUP" -> group += count;
            default -> individual += count;
        }
        if ("INDIVIDUAL_BUSINESS".equals(kind)) {
            individualBusiness += count;
        } else if ("PRIVATE_ENTERPRISE".equals(kind)) {
            privateEnterprise += count;
        }
        if (!"GROUP".equals(type)) {
            if (isLocal) {
                local += count;
            } else {
                outOfTown += count;
            }
        }
        if ("ENTERPRISE".equals(type)) {
            if (isHighTech) {
                highTech += count;
            } else {
                traditional += count;
            }
        }
    }

    YearFigures figures() {
        var byType = new LinkedHashMap<String, Long>();
        byType.put("ENTERPRISE", enterprise);
        byType.put("GROUP", group);
        byType.put("INDIVIDUAL", individual);
        return new YearFigures(day.getYear(), day, enterprise + individual, byType,
                new Structure(individualBusiness, privateEnterprise, local, outOfTown, traditional, highTech));
    }
}
