package cn.qinqing.notification;

/**
 * The answer to a one-time code entered by a user.
 *
 * @param outcome        what happened
 * @param remainingTries wrong entries still allowed (only meaningful for {@link Outcome#WRONG})
 */
public record CodeVerification(Outcome outcome, int remainingTries) {

    /** What became of an entered code. */
    public enum Outcome {
        /** Correct; the code is used up. */
        VERIFIED("notification.otp.verified"),
        /** Wrong; it may be tried again. */
        WRONG("notification.otp.wrong"),
        /** Correct or not, the code's five minutes are over. */
        EXPIRED("notification.otp.expired"),
        /** Too many wrong entries: the code is void. */
        EXHAUSTED("notification.otp.exhausted"),
        /** No code to check: none issued, already used, or replaced. */
        MISSING("notification.otp.missing");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public boolean verified() {
        return outcome == Outcome.VERIFIED;
    }

    /** The message key to show the user; {@link #messageArgs()} fills it. */
    public String messageKey() {
        return outcome.messageKey();
    }

    public Object[] messageArgs() {
        return new Object[] {remainingTries};
    }
}
