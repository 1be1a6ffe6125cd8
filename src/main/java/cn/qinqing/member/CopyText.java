package cn.qinqing.member;

import java.time.LocalDate;
import java.util.HexFormat;

/** Builds rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private final StringBuilder sb;
    private boolean first = true;

    CopyText(int capacity) {
        sb = new StringBuilder(capacity);
    }

    CopyText text(String value) {
        separator();
        if (value == null) {
            sb.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return this;
    }

    CopyText number(Long value) {
        separator();
        sb.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyText bool(Boolean value) {
        separator();
        sb.append(value == null ? "\\N" : value ? "t" : "f");
        return this;
    }

    CopyText date(LocalDate value) {
        separator();
        sb.append(value == null ? "\\N" : value.toString());
        return this;
    }

    /** bytea in hex form; its own backslash is escaped for COPY. */
    CopyText bytes(byte[] value) {
        separator();
        if (value == null) {
            sb.append("\\N");
        } else {
            sb.append("\\\\x").append(HexFormat.of().formatHex(value));
        }
        return this;
    }

    CopyText endRow() {
        sb.append('\n');
        first = true;
        return this;
    }

    int length() {
        return sb.length();
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void separator() {
        if (!first) {
            sb.append('\t');
        }
        first = false;
    }
}
