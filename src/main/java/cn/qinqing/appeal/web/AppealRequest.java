package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealDraft;

/** The body of {@code POST /api/v1/appeals}; staff add the channel, the submitter and the member. */
record AppealRequest(String category, String subject, String title, String content, Long memberId, String channel,
                     String submitterName, String submitterCompany, String contactMobile, Boolean chamberVisible,
                     Long chamberId) {

    AppealDraft draft() {
        return new AppealDraft(category, subject, title, content, memberId, channel, submitterName, submitterCompany,
                contactMobile, chamberVisible, chamberId);
    }
}
