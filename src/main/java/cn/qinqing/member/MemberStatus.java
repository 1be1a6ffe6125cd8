package cn.qinqing.member;

/** 会员状态: 申请中, 未通过, 在册, 失效 (lapsed), 退会 (withdrawn), 除名 (expelled). */
public enum MemberStatus {
    APPLIED, REJECTED, ACTIVE, LAPSED, WITHDRAWN, EXPELLED;

    /** The statuses that end a membership period. */
    public boolean ending() {
        return this == LAPSED || this == WITHDRAWN || this == EXPELLED;
    }
}
