package cn.qinqing.appeal;

import java.time.LocalDate;
import java.util.Set;

/**
 * One case as those who may see it read it: the text decrypted, the contact mobile masked, the due
 * date that runs now ({@code dueDate}: acceptance, then handling), the days the deadline job reminded
 * ({@code remindedOn}, 催办) and escalated it ({@code supervisedOn}, 督办) for its current or an earlier due
 * date, and the steps the caller may take now.
 */
public record AppealView(
        long id,
        String trackingNumber,
        long federationId,
        String federationName,
        Long memberId,
        AppealChannel channel,
        String category,
        String categoryName,
        String subject,
        String subjectName,
        String title,
        String content,
        String submitterName,
        String submitterCompany,
        String contactMobile,
        boolean chamberVisible,
        Long chamberId,
        AppealStatus status,
        LocalDate submittedOn,
        LocalDate acceptDue,
        LocalDate acceptedOn,
        LocalDate handlingDue,
        LocalDate dueDate,
        boolean overdue,
        LocalDate remindedOn,
        LocalDate supervisedOn,
        Long departmentId,
        String departmentName,
        String handlerName,
        Integer requestedExtensionDays,
        int extendedDays,
        boolean reopened,
        Rating rating,
        String reply,
        LocalDate resolvedOn,
        LocalDate archivedOn,
        Set<AppealAction> actions) {

    AppealView withActions(Set<AppealAction> allowed) {
        return new AppealView(id, trackingNumber, federationId, federationName, memberId, channel, category,
                categoryName, subject, subjectName, title, content, submitterName, submitterCompany, contactMobile,
                chamberVisible, chamberId, status, submittedOn, acceptDue, acceptedOn, handlingDue, dueDate, overdue,
                remindedOn, supervisedOn, departmentId, departmentName, handlerName, requestedExtensionDays, extendedDays, reopened, rating,
                reply, resolvedOn, archivedOn, Set.copyOf(allowed));
    }
}
