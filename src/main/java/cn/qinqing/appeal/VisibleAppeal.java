package cn.qinqing.appeal;

import java.time.LocalDate;

/**
 * A case the caller may see, in brief and without its text: what another module needs to hang its own
 * records on a case (legal aid) - the federation, the workflow status and the days that bound the case's
 * life. Nothing here is the submitter's account of the matter, so reading it is not audited as a read
 * of the case ({@link AppealService#visible}).
 */
public record VisibleAppeal(long id, long federationId, String trackingNumber, String subject, AppealStatus status,
                            LocalDate acceptedOn, LocalDate resolvedOn) {
}
