package cn.qinqing.member;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One year's membership dues (会费): the amount in yuan and the day it was paid (null while unpaid). */
public record MemberDues(int year, BigDecimal amount, LocalDate paidOn) {
}
