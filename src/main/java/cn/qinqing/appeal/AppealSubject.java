package cn.qinqing.appeal;

/** A subject of case (诉求事项: 拖欠账款, 行政执法, 融资 ...); a disabled one is kept for the cases that use it. */
public record AppealSubject(String code, String name, boolean active) {
}
