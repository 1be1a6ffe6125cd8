package cn.qinqing.appeal;

/** The submitter's verdict at follow-up (回访评价): 满意, 基本满意, 不满意. */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
