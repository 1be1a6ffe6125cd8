package cn.qinqing.account;

/** A refused account command; the message key names the reason for the user. */
public class AccountException extends RuntimeException {

    private final String messageKey;
    private final String field;

    public AccountException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
