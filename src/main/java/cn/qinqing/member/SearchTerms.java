package cn.qinqing.member;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What a member's name can be found by. PostgreSQL's trigram index cannot serve the usual
 * two-character Chinese search (通海), so the name's character bigrams - and the bigrams of its
 * pinyin initials - go into an indexed array; longer fragments, full pinyin ("tonghai") and
 * initials ("thjt") are matched by a trigram index over {@link #text}.
 *
 * @param terms bigrams for the GIN array index
 * @param text  name, full pinyin without spaces and initials, for the trigram index
 */
public record SearchTerms(List<String> terms, String text) {

    public static SearchTerms of(String name) {
        var clean = name == null ? "" : name.replaceAll("\\s+", "");
        var syllables = pinyin(clean);
        var full = String.join("", syllables);
        var initials = new StringBuilder();
        for (var s : syllables) {
            if (!s.isEmpty()) {
                initials.append(s.charAt(0));
            }
        }
        var terms = new LinkedHashSet<String>();
        bigrams(clean.toLowerCase(Locale.ROOT), terms);
        bigrams(initials.toString(), terms);
        return new SearchTerms(List.copyOf(terms), clean.toLowerCase(Locale.ROOT) + " " + full + " " + initials);
    }

    private static List<String> pinyin(String name) {
        if (name.isEmpty()) {
            return List.of();
        }
        var normal = PinyinHelper.toPinyin(name, PinyinStyleEnum.NORMAL).toLowerCase(Locale.ROOT);
        return List.of(normal.split("\\s+"));
    }

    private static void bigrams(String text, LinkedHashSet<String> into) {
        for (int i = 0; i + 1 < text.length(); i++) {
            into.add(text.substring(i, i + 2));
        }
    }
}
