package cn.qinqing.shared.standard;

/**
 * The outcome of checking a unified social credit code, with enough detail to tell a person
 * exactly what to fix.
 *
 * @param reason     VALID, or what is wrong
 * @param normalised the code as checked (see {@link CreditCode#normalise(String)})
 * @param position   1-based position of the offending character (ILLEGAL_CHARACTER, WRONG_CHECK_CHARACTER)
 * @param found      the offending character
 * @param expected   the correct check character (WRONG_CHECK_CHARACTER)
 */
public record CreditCodeValidation(Reason reason, String normalised, int position, char found, char expected) {

    /** What is wrong with a code. */
    public enum Reason { VALID, EMPTY, WRONG_LENGTH, ILLEGAL_CHARACTER, WRONG_CHECK_CHARACTER }

    static CreditCodeValidation ok(String code) {
        return new CreditCodeValidation(Reason.VALID, code, 0, '\0', '\0');
    }

    static CreditCodeValidation invalid(Reason reason, String code, int position, char found, char expected) {
        return new CreditCodeValidation(reason, code, position, found, expected);
    }

    public boolean valid() {
        return reason == Reason.VALID;
    }

    /** The length of the normalised input (for WRONG_LENGTH messages). */
    public int length() {
        return normalised.length();
    }
}
