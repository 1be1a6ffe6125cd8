package cn.qinqing.member;

import java.util.List;

/** Writes a PostgreSQL text[] literal, so arrays bind as one parameter ({@code cast(? as text[])}). */
final class PgArrays {

    private PgArrays() {
    }

    static String literal(List<String> values) {
        var sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"');
            var value = values.get(i);
            for (int j = 0; j < value.length(); j++) {
                char c = value.charAt(j);
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append(c);
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }
}
