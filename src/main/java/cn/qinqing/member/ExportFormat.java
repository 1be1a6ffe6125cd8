package cn.qinqing.member;

import java.util.Locale;
import java.util.Optional;

/** The file formats of a roll export. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("text/csv;charset=UTF-8");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code xlsx} or {@code csv}, any case; empty means xlsx. */
    public static Optional<ExportFormat> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(XLSX);
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Optional.of(XLSX);
            case "csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }
}
