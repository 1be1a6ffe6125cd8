package cn.qinqing.shared.standard;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * set without I, O, S, V and Z. Position 1 names the registering authority, position 2 the kind of
 * organisation, positions 3-8 the region (GB/T 2260) where it registered, 9-17 the organisation
 * code, and position 18 is a check character over the first 17.
 */
public final class CreditCode {

    /** The characters a code may contain; a character's index is its value in the check sum. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** Parses a code typed by a person; throws when {@link #validate(String)} finds it invalid. */
    public static CreditCode parse(String input) {
        var validation = validate(input);
        if (!validation.valid()) {
            throw new IllegalArgumentException("invalid credit code: " + validation.reason());
        }
        return new CreditCode(validation.normalised());
    }

    /** Checks a code as typed (after {@link #normalise(String)}) and tells what is wrong with it. */
    public static CreditCodeValidation validate(String input) {
        var code = normalise(input);
        if (code.isEmpty()) {
            return CreditCodeValidation.invalid(CreditCodeValidation.Reason.EMPTY, code, 0, '\0', '\0');
        }
        if (code.length() != LENGTH) {
            return CreditCodeValidation.invalid(CreditCodeValidation.Reason.WRONG_LENGTH, code, 0, '\0', '\0');
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return CreditCodeValidation.invalid(CreditCodeValidation.Reason.ILLEGAL_CHARACTER, code, i + 1,
                        code.charAt(i), '\0');
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return CreditCodeValidation.invalid(CreditCodeValidation.Reason.WRONG_CHECK_CHARACTER, code, LENGTH,
                    code.charAt(LENGTH - 1), expected);
        }
        return CreditCodeValidation.ok(code);
    }

    public static boolean isValid(String input) {
        return validate(input).valid();
    }

    /**
     * What people type, made comparable: surrounding blanks (also the ideographic space) dropped,
     * full-width letters and digits (common with Chinese input methods) made half-width, upper case.
     */
    public static String normalise(String input) {
        return input == null ? "" : Normalisation.halfWidthUpper(input).strip();
    }

    /** The check character for the first 17 characters: 31 - (weighted sum mod 31), 31 counting as 0. */
    public static char checkCharacter(String prefix17) {
        Objects.requireNonNull(prefix17, "prefix17");
        if (prefix17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("a credit code prefix has 17 characters: " + prefix17);
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = ALPHABET.indexOf(prefix17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit code character: " + prefix17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Builds a valid code from its first 17 characters (for demo data and tests). */
    public static CreditCode fromPrefix(String prefix17) {
        var prefix = normalise(prefix17);
        return new CreditCode(prefix + checkCharacter(prefix));
    }

    public String value() {
        return value;
    }

    /** Position 1: the registering authority, e.g. '9' market regulation, '5' civil affairs. */
    public char registeringAuthority() {
        return value.charAt(0);
    }

    /** Positions 1-2, e.g. "91" enterprise, "92" individual business, "51" social group. */
    public String kindCode() {
        return value.substring(0, 2);
    }

    public CreditCodeKind kind() {
        return CreditCodeKind.of(kindCode());
    }

    /** Positions 3-8: the region code (GB/T 2260) of the registering office. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9-17: the organisation code. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /**
     * True when registered in the region or below it: 370503 lies within 370500 (Dongying) and
     * 370000 (Shandong), whose trailing zero pairs mean "every region below".
     */
    public boolean registeredWithin(String regionCode) {
        return RegionCodes.contains(regionCode, regionCode());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
