package cn.qinqing.organisation;

/** What a caller submits for one year's staffing; the year is fixed once recorded. */
public record StaffingDraft(Integer year, Integer authorised, Integer filled, Integer cadres, String remarks) {
}
