package cn.qinqing.member;

import cn.qinqing.shared.web.ConflictException;

/** A life-cycle step that the member's current status does not allow (409). */
public class MemberException extends ConflictException {

    public MemberException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
