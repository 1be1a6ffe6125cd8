package cn.qinqing.member;

/**
 * A whole import file refused before anything was stored: too large, too many rows, not an .xlsx,
 * a zip bomb, external entities, macros, or a header that is not the template's. Answered with 400.
 */
public class ImportRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ImportRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
