package cn.qinqing.appeal;

/**
 * A case as typed into the public form (公众诉求) by a firm without an account, unchecked.
 *
 * @param creditCode     the firm's unified social credit code, optional
 * @param chamberConsent the firm lets a chamber (商会) see the case
 * @param code           the one-time code sent to {@code mobile}
 */
public record PublicAppealDraft(String company, String creditCode, String contactName, String mobile,
                                String category, String subject, String title, String content,
                                Boolean chamberConsent, String code) {
}
