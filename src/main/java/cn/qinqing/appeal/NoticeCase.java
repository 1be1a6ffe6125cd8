package cn.qinqing.appeal;

import java.time.LocalDate;

/**
 * What a notice about a case needs to know: its number and category, where it stands, who handles it
 * and whom it belongs to. No case text: notices are stored in plain text, the case's words are not.
 *
 * @param contactMobile the submitter's mobile in clear, only when loaded for a notice to the submitter
 */
record NoticeCase(long id, long federationId, String trackingNumber, String categoryName, AppealStatus status,
                  LocalDate dueOn, Long handlerId, Long departmentId, String departmentName, Long memberId,
                  String contactMobile) {

    /** The stage whose time limit runs: acceptance while submitted, else handling. */
    String stage() {
        return status == AppealStatus.SUBMITTED ? "accept" : "handle";
    }

    String link() {
        return "/appeals/" + id;
    }
}
