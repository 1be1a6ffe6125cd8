package cn.qinqing.appeal;

/**
 * A case as typed into the public form (公众诉求) by a firm without an account, unchecked. There is no
 * consent to show the case to a chamber (商会): the firm is not a member, belongs to no chamber, and a
 * chamber secretary sees members' cases only.
 *
 * @param creditCode the firm's unified social credit code, optional
 * @param code       the one-time code sent to {@code mobile}
 */
public record PublicAppealDraft(String company, String creditCode, String contactName, String mobile,
                                String category, String subject, String title, String content, String code) {
}
