package cn.qinqing.member;

import java.util.Locale;
import java.util.Optional;

/** What an import does with a row whose credit code or ID number is already known: skip it, or update the member. */
public enum ImportMode {
    SKIP, UPSERT;

    /** {@code skip} or {@code upsert}, any case; empty means skip. */
    public static Optional<ImportMode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(SKIP);
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "skip" -> Optional.of(SKIP);
            case "upsert" -> Optional.of(UPSERT);
            default -> Optional.empty();
        };
    }
}
