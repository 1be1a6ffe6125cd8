package cn.qinqing.shared.standard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident ID number (居民身份证号码, GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd = male), check character by ISO 7064 MOD 11-2. Only the 18-character
 * form is accepted; the old 15-digit form carries no check character and is refused.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** Why a text is not a valid ID number, as a message key (see {@link #validate}). */
    public enum Problem { EMPTY, FIFTEEN_DIGITS, LENGTH, CHARACTERS, BIRTH_DATE, FUTURE_BIRTH_DATE, CHECK_CHARACTER }

    public IdNumber {
        var problem = validate(value, LocalDate.now());
        if (problem.isPresent()) {
            throw new IllegalArgumentException("invalid ID number: " + problem.get());
        }
    }

    /** Normalises and validates; an empty result means valid. */
    public static Optional<Problem> validate(String text, LocalDate today) {
        var value = normalise(text);
        if (value.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (value.length() == 15 && value.chars().allMatch(Character::isDigit)) {
            return Optional.of(Problem.FIFTEEN_DIGITS);
        }
        if (value.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        var last = value.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            return Optional.of(Problem.CHARACTERS);
        }
        LocalDate birth;
        try {
            birth = birthDateOf(value);
        } catch (DateTimeException e) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (birth.isAfter(today)) {
            return Optional.of(Problem.FUTURE_BIRTH_DATE);
        }
        if (checkCharacter(value) != last) {
            return Optional.of(Problem.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    public static IdNumber parse(String text) {
        return new IdNumber(normalise(text));
    }

    /** Trims, turns full-width digits and X into half-width, upper-cases. */
    public static String normalise(String text) {
        return text == null ? "" : Normalisation.halfWidthUpper(text.trim());
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    /** 370503********1234: region and last four only. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOf(String value) {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }
}
