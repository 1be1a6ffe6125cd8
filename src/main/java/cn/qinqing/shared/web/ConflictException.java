package cn.qinqing.shared.web;

/** A request that contradicts the current state (409), with a message key explaining why. */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
