package cn.qinqing.member;

/**
 * Keeps exported text from being run as a formula (CSV/formula injection): a value starting with
 * = + - @, a tab or a carriage return gets a leading apostrophe, which spreadsheet programs read
 * as "this is text".
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
