package cn.qinqing.member;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What a member's name can be found by. PostgreSQL's trigram index cannot serve the usual
 * two-character Chinese search (通海), so the name's character bigrams go into an indexed array;
 * longer fragments, full pinyin ("tonghai") and initials of three letters or more ("thjt", "hjt")
 * are matched anywhere by a trigram index over {@link #text}.
 *
 * <p>Two pinyin letters match only the start of the initials ("th" finds 通海集团, "jt" does not):
 * the array holds {@code ^th} for that. Matching two initials anywhere hit 1-3 % of a province's
 * million members (every 集团 is "jt"), which no one pages through and which took 0.5 s to count.
 *
 * @param terms bigrams of the name and the initials' prefix term, for the GIN array index
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
        if (initials.length() >= 2) {
            terms.add(initialsPrefix(initials.substring(0, 2)));
        }
        return new SearchTerms(List.copyOf(terms), clean.toLowerCase(Locale.ROOT) + " " + full + " " + initials);
    }

    /** The array term for names whose pinyin initials start with these two letters. */
    static String initialsPrefix(String twoLetters) {
        return "^" + twoLetters;
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
