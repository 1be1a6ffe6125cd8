package cn.qinqing.organisation.web;

import java.util.Locale;

/** Reads enum names sent by forms and API callers without throwing on unknown values. */
final class Enums {

    private Enums() {
    }

    /** The constant with this name (case-insensitive, trimmed), or null when blank or unknown. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
