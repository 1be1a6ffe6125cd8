package cn.qinqing.legalaid.web;

import jakarta.validation.constraints.Size;

/** {@code {"panelMemberId","note"}}: to whom a case is referred and what they should know. */
record ReferralForm(Long panelMemberId, @Size(max = 500) String note) {

    static ReferralForm blank() {
        return new ReferralForm(null, "");
    }
}
