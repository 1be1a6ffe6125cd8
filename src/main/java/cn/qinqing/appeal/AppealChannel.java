package cn.qinqing.appeal;

/**
 * How a case reached the centre (受理渠道): a member's own account, a call, a visit, a letter,
 * a transfer from the 12345 hotline, the vice-chairs' duty desk (兼职副主席坐班), or the public form.
 */
public enum AppealChannel {
    MEMBER_WEB, PHONE, VISIT, LETTER, HOTLINE_12345, DUTY_DESK, PUBLIC_WEB;

    /** True for the channels staff record on someone's behalf. */
    public boolean registeredByStaff() {
        return this != MEMBER_WEB && this != PUBLIC_WEB;
    }
}
