package cn.qinqing.appeal;

/**
 * The list's filters; null means any.
 *
 * @param overdue true: only cases past the due date that runs now; false: only those not past it
 * @param text    part of a tracking number or of the submitter's company or name
 */
public record AppealFilter(AppealStatus status, String category, AppealChannel channel, Boolean overdue,
                           String text) {

    public static AppealFilter none() {
        return new AppealFilter(null, null, null, null, null);
    }
}
