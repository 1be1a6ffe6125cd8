package cn.qinqing.appeal;

import java.time.LocalDate;

/** A case as a row of the list: who, what, where it stands and when it is due. */
public record AppealItem(long id, String trackingNumber, String title, String categoryName, String subjectName,
                         AppealChannel channel, AppealStatus status, String submitterName, String submitterCompany,
                         LocalDate submittedOn, LocalDate dueDate, boolean overdue, String departmentName) {
}
