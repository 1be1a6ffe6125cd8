package cn.qinqing.notification;

import cn.qinqing.shared.standard.Normalisation;
import java.util.regex.Pattern;

/** Mainland mobile numbers: normalised to 11 digits, checked, masked for display and logs. */
final class Mobiles {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private Mobiles() {
    }

    /** The number as 11 half-width digits (full-width digits, spaces and dashes removed); null when blank. */
    static String normalise(String mobile) {
        if (mobile == null || mobile.isBlank()) {
            return null;
        }
        var digits = SEPARATORS.matcher(Normalisation.halfWidthUpper(mobile.strip())).replaceAll("");
        return digits.startsWith("+86") ? digits.substring(3) : digits;
    }

    static boolean valid(String normalised) {
        return normalised != null && MOBILE.matcher(normalised).matches();
    }

    /** {@code 138****5678}. */
    static String mask(String mobile) {
        if (mobile == null) {
            return null;
        }
        return mobile.length() == 11 ? mobile.substring(0, 3) + "****" + mobile.substring(7) : "****";
    }
}
