package cn.qinqing.appeal;

import java.time.LocalDate;

/**
 * What one run of the deadline job did on {@code day}: cases told their due date is near, cases
 * reminded (催办), cases sent to the leaders for supervision (督办). All zero on a day off.
 */
public record DeadlineReport(LocalDate day, boolean workingDay, int dueSoon, int reminded, int supervised) {
}
