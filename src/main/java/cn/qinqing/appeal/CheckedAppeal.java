package cn.qinqing.appeal;

/** A case that passed the intake rules: every field clean, the member and chamber checked. */
record CheckedAppeal(long federationId, Long memberId, AppealChannel channel, AppealCategory categoryInfo,
                     String subject, String title, String content, String submitterName, String submitterCompany,
                     String contactMobile, boolean chamberVisible, Long chamberId) {

    String category() {
        return categoryInfo.code();
    }
}
