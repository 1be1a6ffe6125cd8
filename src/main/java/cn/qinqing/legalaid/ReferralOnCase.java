package cn.qinqing.legalaid;

import cn.qinqing.appeal.AppealView;

/** One referral with the case it belongs to, for the referral page. */
public record ReferralOnCase(AppealView appeal, Referral referral) {
}
