package cn.qinqing.member;

/** 会员类型: 企业会员, 团体会员, 个人会员. */
public enum MemberType {
    ENTERPRISE, GROUP, INDIVIDUAL;

    public boolean organisation() {
        return this != INDIVIDUAL;
    }
}
