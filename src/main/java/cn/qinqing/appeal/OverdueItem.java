package cn.qinqing.appeal;

import java.time.LocalDate;

/**
 * A row of the overdue list (超期诉求) or the supervision list (督办诉求).
 *
 * @param overdueDays  working days past the due date (0 while not overdue, or overdue by days off only)
 * @param remindedOn   when the job sent the reminder (催办), or null
 * @param supervisedOn when the case went to the leaders (督办), or null
 */
public record OverdueItem(long id, String trackingNumber, String title, String categoryName, String subjectName,
                          AppealStatus status, String submitterCompany, String federationName, String departmentName,
                          String handlerName, LocalDate dueDate, boolean overdue, int overdueDays,
                          LocalDate remindedOn, LocalDate supervisedOn) {
}
