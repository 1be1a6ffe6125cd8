package cn.qinqing.notification;

/**
 * No one-time code was sent: a rate limit holds, or the SMS gateway failed. Carries a message key of the
 * notification bundle with its arguments, and how long the caller should wait before trying again.
 */
public class OneTimeCodeRefused extends RuntimeException {

    /** Why no code was sent. */
    public enum Reason {
        /** Less than the resend interval (60 s) since the last code to this mobile. */
        TOO_SOON("notification.otp.too-soon"),
        /** The mobile's hourly allowance (5) is used up. */
        MOBILE_LIMIT("notification.otp.mobile-limit"),
        /** The client address's hourly allowance (20) is used up. */
        ADDRESS_LIMIT("notification.otp.address-limit"),
        /** The SMS gateway refused or was unreachable; the code was voided. */
        NOT_SENT("notification.otp.not-sent");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    public OneTimeCodeRefused(Reason reason, long retryAfterSeconds) {
        super(reason + ", retry after " + retryAfterSeconds + " s");
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    /** Seconds until a new request may succeed; 0 when unknown. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String messageKey() {
        return reason.messageKey;
    }

    /** The wait, rounded up to whole minutes for messages that speak of minutes. */
    public Object[] messageArgs() {
        return new Object[] {retryAfterSeconds, (retryAfterSeconds + 59) / 60};
    }
}
