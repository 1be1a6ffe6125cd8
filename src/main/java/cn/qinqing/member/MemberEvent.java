package cn.qinqing.member;

import java.time.Instant;

/** One step of a member's timeline: who did what, when and why. */
public record MemberEvent(Instant occurredAt, String actor, String action, String reason) {
}
