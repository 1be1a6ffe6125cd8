package cn.qinqing.appeal;

/** A case was transferred (转办) to a government department, whose liaisons now see and handle it. */
public record AppealTransferred(long appealId, long departmentId) {
}
