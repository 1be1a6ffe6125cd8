package cn.qinqing.appeal;

/**
 * The filters of the overdue and supervision lists; null means any.
 *
 * @param minDays at least this many working days past the due date
 */
public record OverdueFilter(String category, Long departmentId, Integer minDays) {

    public static OverdueFilter none() {
        return new OverdueFilter(null, null, null);
    }
}
