package cn.qinqing.appeal;

import java.time.LocalDate;

/**
 * The workflow part of a case as stored: status, due dates, who handles it, extension, follow-up.
 *
 * @param handlingDays           the category's time limit in working days, fixed when the case was filed
 * @param departmentId           the department the case is transferred to, null while the federation handles it
 * @param handlerId              the account of the staff member handling it, null when nobody took it yet
 * @param requestedExtensionDays the working days of a pending extension request, else null
 * @param extendedDays           working days granted by extensions so far
 * @param reopened               true once a 不满意 sent the case back (it happens only once)
 */
record AppealState(Long id, long federationId, int handlingDays, AppealStatus status, LocalDate submittedOn,
                   LocalDate acceptDue, LocalDate acceptedOn, LocalDate handlingDue, Long departmentId,
                   Long handlerId, Integer requestedExtensionDays, int extendedDays, boolean reopened,
                   Rating rating, String reply, LocalDate resolvedOn, LocalDate archivedOn) {

    /**
     * The due date that runs in this state, as the table's generated column {@code due_on} has it: acceptance
     * while submitted, handling while accepted or handled, none once the case is closed.
     */
    LocalDate dueOn() {
        if (status == AppealStatus.SUBMITTED) {
            return acceptDue;
        }
        return status == AppealStatus.ACCEPTED || status.handling() ? handlingDue : null;
    }
}
