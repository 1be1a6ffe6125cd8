package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealReceipt;
import cn.qinqing.appeal.AppealStatus;
import java.time.LocalDate;

/** The answer to a submission: {@code {"id","trackingNumber","status","dueDate"}}. */
record Receipt(long id, String trackingNumber, AppealStatus status, LocalDate dueDate) {

    static Receipt of(AppealReceipt r) {
        return new Receipt(r.id(), r.trackingNumber(), r.status(), r.dueDate());
    }
}
