package cn.qinqing.legalaid;

import java.time.Instant;
import java.time.LocalDate;

/** One session (咨询, 调解, 代理) held under a referral, with who recorded it and when. */
public record ReferralSession(long id, LocalDate heldOn, SessionKind kind, String place, String note,
                              String recordedBy, Instant recordedAt) {
}
