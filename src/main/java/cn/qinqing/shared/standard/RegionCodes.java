package cn.qinqing.shared.standard;

/**
 * Administrative region codes (行政区划代码, GB/T 2260): six digits, two per level. Trailing
 * {@code 00} pairs mean "everything below", so 370000 (山东省) contains 370503 (河口区).
 */
public final class RegionCodes {

    private RegionCodes() {
    }

    /** True when the region {@code code} lies inside {@code region} (or is it). */
    public static boolean contains(String region, String code) {
        if (region == null || region.length() != 6 || code == null) {
            return false;
        }
        var prefix = region;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return code.startsWith(prefix);
    }
}
