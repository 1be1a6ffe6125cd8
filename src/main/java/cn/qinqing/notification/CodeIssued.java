package cn.qinqing.notification;

import java.time.Instant;

/**
 * A one-time code was sent.
 *
 * @param mobileMasked the mobile it went to, masked ({@code 138****5678})
 * @param expiresAt    when the code stops working
 * @param resendAt     the earliest time another code may be requested for this mobile
 */
public record CodeIssued(String mobileMasked, Instant expiresAt, Instant resendAt) {
}
