package cn.qinqing.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password rules of 等保 2.0: at least 8 characters from 3 of the 4 classes (upper, lower,
 * digit, other), not containing the username, not one of the most common passwords. Returns the
 * message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        if (classes(password) < 3) {
            return Optional.of("password.too-simple");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.contains-username");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }

    static int classes(String password) {
        boolean upper = false, lower = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the account module");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            var set = new HashSet<String>();
            reader.lines().map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .forEach(s -> set.add(s.toLowerCase(Locale.ROOT)));
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
