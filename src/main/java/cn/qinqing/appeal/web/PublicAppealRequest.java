package cn.qinqing.appeal.web;

import cn.qinqing.appeal.PublicAppealDraft;

/** The body of {@code POST /api/v1/public/appeals}: the public form's fields and the one-time code. */
record PublicAppealRequest(String company, String creditCode, String contactName, String mobile, String category,
                           String subject, String title, String content, String code) {

    PublicAppealDraft draft() {
        return new PublicAppealDraft(company, creditCode, contactName, mobile, category, subject, title, content,
                code);
    }
}
