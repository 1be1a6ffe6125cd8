package cn.qinqing.legalaid;

import cn.qinqing.appeal.AppealView;
import java.util.List;

/** A case as its reader sees it, with its referrals (oldest first), for the pages. */
public record CaseReferrals(AppealView appeal, List<Referral> referrals) {

    public CaseReferrals {
        referrals = List.copyOf(referrals);
    }
}
