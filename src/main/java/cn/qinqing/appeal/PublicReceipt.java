package cn.qinqing.appeal;

import java.time.LocalDate;

/**
 * What a firm gets back from the public form: the tracking number (受理编号) it looks the case up
 * with, the status and the date by which the case is to be accepted. No internal id.
 *
 * @param created false when an earlier submission with the same Idempotency-Key is answered again
 */
public record PublicReceipt(String trackingNumber, AppealStatus status, LocalDate dueDate, boolean created) {
}
