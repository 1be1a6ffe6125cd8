package cn.qinqing.appeal;

import java.time.LocalDate;

/**
 * What the submitter gets back: the case, its tracking number (受理编号), status and due date.
 *
 * @param created false when an earlier submission with the same Idempotency-Key is answered again
 */
public record AppealReceipt(long id, String trackingNumber, AppealStatus status, LocalDate dueDate,
                            boolean created) {
}
