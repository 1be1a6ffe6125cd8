package cn.qinqing.shared.crypto;

import java.util.regex.Pattern;

/**
 * Masks personal numbers in free text before it reaches the audit trail or a log line:
 * resident ID numbers keep region and last four ({@code 370503********1234}), mobiles keep
 * the first three and last four ({@code 138****5678}); a value written after "password", "pwd",
 * "密码" or "口令" and a colon or equals sign is replaced entirely ({@code password=******}).
 */
public final class Redaction {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");
    private static final Pattern SECRET = Pattern.compile(
            "(?i)((?:password|passwd|pwd|密码|口令)\"?\\s*[=:：]\\s*\"?)[^\\s,;，；\"]+");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        var masked = SECRET.matcher(text).replaceAll("$1******");
        masked = ID_NUMBER.matcher(masked).replaceAll("$1********$2");
        return MOBILE.matcher(masked).replaceAll("$1****$2");
    }
}
