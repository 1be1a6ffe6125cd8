package cn.qinqing.member;

/** An import that failed part way (storage error, a concurrent change): everything of it was rolled back. */
public class ImportFailedException extends RuntimeException {

    private final String messageKey;

    public ImportFailedException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
