package cn.qinqing.organisation;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a federation's region code (行政区划代码, GB/T 2260) fits its level and its parent: six
 * digits whose first two name a province; a province code ends in 0000, a city code in 00 (but
 * not 0000), a district code in anything else; and a code lies inside its parent's region.
 * Each check returns the message key of the rule broken, or empty.
 */
public final class RegionCodeRule {

    private static final Pattern SIX_DIGITS = Pattern.compile("^[0-9]{6}$");

    /** The first two digits of the provinces, autonomous regions, municipalities and SARs in GB/T 2260. */
    static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    private RegionCodeRule() {
    }

    /** The code's own shape for a federation of this level. */
    public static Optional<String> violation(FederationLevel level, String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("federation.region-code.required");
        }
        if (!SIX_DIGITS.matcher(code).matches()) {
            return Optional.of("federation.region-code.format");
        }
        if (level == FederationLevel.NATIONAL) {
            return Optional.empty();
        }
        if (!PROVINCES.contains(code.substring(0, 2))) {
            return Optional.of("federation.region-code.province-unknown");
        }
        return switch (level) {
            case PROVINCE -> code.endsWith("0000") ? Optional.empty() : Optional.of("federation.region-code.province");
            case CITY -> code.endsWith("00") && !code.endsWith("0000")
                    ? Optional.empty() : Optional.of("federation.region-code.city");
            case DISTRICT -> code.endsWith("00") ? Optional.of("federation.region-code.district") : Optional.empty();
            case NATIONAL -> Optional.empty();
        };
    }

    /** The code's shape, then whether it lies inside the parent's region. */
    public static Optional<String> violation(FederationLevel level, String code,
                                             FederationLevel parentLevel, String parentCode) {
        var own = violation(level, code);
        if (own.isPresent()) {
            return own;
        }
        var prefix = switch (parentLevel) {
            case NATIONAL, DISTRICT -> "";
            case PROVINCE -> parentCode.substring(0, 2);
            case CITY -> parentCode.substring(0, 4);
        };
        return code.startsWith(prefix) ? Optional.empty() : Optional.of("federation.region-code.outside-parent");
    }

    /** A subordinate federation stands at a lower level than its parent; a district has none below. */
    public static Optional<String> levelViolation(FederationLevel level, FederationLevel parentLevel) {
        if (parentLevel == FederationLevel.DISTRICT) {
            return Optional.of("federation.level.no-subordinate");
        }
        if (level == null) {
            return Optional.of("federation.level.required");
        }
        return level.ordinal() > parentLevel.ordinal() ? Optional.empty() : Optional.of("federation.level.not-below-parent");
    }
}
