package cn.qinqing.legalaid;

/** Filters of the panel list; null means any. {@code name} matches part of the name or organisation. */
public record PanelFilter(String name, PanelKind kind, Speciality speciality, Boolean active) {

    public static PanelFilter none() {
        return new PanelFilter(null, null, null, null);
    }
}
