package cn.qinqing.appeal;

/**
 * A case as entered, unchecked. A member's own account fills in the case itself; staff registering
 * a call, visit, letter, hotline transfer or duty-desk case add the channel and the submitter, and
 * the member when the firm is one.
 *
 * @param chamberVisible the submitter lets the secretary of {@code chamberId} see the case
 */
public record AppealDraft(String category, String subject, String title, String content, Long memberId,
                          String channel, String submitterName, String submitterCompany, String contactMobile,
                          Boolean chamberVisible, Long chamberId) {
}
