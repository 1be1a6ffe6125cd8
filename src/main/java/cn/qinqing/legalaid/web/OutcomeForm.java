package cn.qinqing.legalaid.web;

import cn.qinqing.legalaid.ReferralOutcome;
import jakarta.validation.constraints.Size;

/** How a referral ended, with a note on what was agreed or advised. */
record OutcomeForm(ReferralOutcome outcome, @Size(max = 1000) String note) {

    static OutcomeForm blank() {
        return new OutcomeForm(null, "");
    }
}
