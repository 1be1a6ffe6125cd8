package cn.qinqing.appeal;

/** A file that may not be attached, with the message key saying why (its first argument is the file name). */
final class AttachmentRefused extends Exception {

    private final String messageKey;
    private final transient Object[] args;

    AttachmentRefused(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    String messageKey() {
        return messageKey;
    }

    /** The message's arguments after the file name. */
    Object[] args() {
        return args.clone();
    }
}
