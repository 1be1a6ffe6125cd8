package cn.qinqing.shared.standard;

/** Input clean-up shared by the national codes: full-width to half-width, upper case. */
public final class Normalisation {

    private Normalisation() {
    }

    /** Full-width ASCII (Ａ, １, ＿ ...) and the ideographic space become half-width; letters upper case. */
    public static String halfWidthUpper(String text) {
        var sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }
}
