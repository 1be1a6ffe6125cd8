package cn.qinqing.appeal;

import java.util.Locale;

/**
 * File names as browsers send them, made safe to keep and to send back: the last path segment only
 * (old browsers send {@code C:\...}), no control or bidirectional-override characters (which make
 * {@code "txt.exe"} read as {@code "exe.txt"}), at most {@value AttachmentIntake#MAX_NAME} characters
 * with the extension kept.
 */
final class AttachmentNames {

    static final String FALLBACK = "附件";

    private AttachmentNames() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        var name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c) && !bidi(c)).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.isEmpty()) {
            return FALLBACK;
        }
        if (name.length() > AttachmentIntake.MAX_NAME) {
            var extension = extension(name);
            var keep = AttachmentIntake.MAX_NAME - (extension.isEmpty() ? 0 : extension.length() + 1);
            name = name.substring(0, keep).strip() + (extension.isEmpty() ? "" : "." + extension);
        }
        return name;
    }

    /** The extension after the last dot, lower case; "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        var extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.length() > 10 ? "" : extension;
    }

    /** The name with the type's extension added when it has none. */
    static String withExtension(String name, AttachmentType type) {
        return extension(name).isEmpty() ? name + "." + type.extension() : name;
    }

    private static boolean bidi(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C || c == 0xFEFF;
    }
}
