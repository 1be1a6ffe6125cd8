package cn.qinqing.member;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.standard.Normalisation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the caller's scope and a {@link MemberFilter} into SQL. The search box decides by the shape
 * of what was typed: an 11-digit mobile is looked up by its blind index, a member number
 * (digits and dashes) exactly, other text with digits is a credit-code prefix, two characters
 * hit the bigram array (通海 anywhere in the name; th at the start of the pinyin initials or as
 * letters in the name, see {@link SearchTerms}), longer text the trigram index over name, pinyin
 * and initials.
 *
 * @param searched true when the search box was used: the matches are then few enough to be counted
 *                 along with the page in one pass (see {@code MemberRepository.page})
 */
record MemberQuery(String sql, Map<String, Object> params, boolean searched) {

    static final String FROM = " from member m join federation f on f.id = m.federation_id";
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final Pattern TWO_LETTERS = Pattern.compile("^[a-z]{2}$");
    private static final Pattern CODE_PREFIX = Pattern.compile("^[0-9A-Z]*[0-9][0-9A-Z]*$");
    /** A member number as approval hands it out ({@code 370503-2026-0001}). */
    private static final Pattern MEMBER_NUMBER = Pattern.compile("^[0-9A-Z]+(-[0-9A-Z]+)+$");

    /** Only the scope: the members of visible federations, or of the secretary's one chamber. */
    static MemberQuery scope(DataScope scope) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        addScope(scope, conditions, params);
        return new MemberQuery(" where " + String.join(" and ", conditions), params, false);
    }

    static MemberQuery of(DataScope scope, MemberFilter filter, PersonalDataCipher cipher) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        addScope(scope, conditions, params);
        addSearch(filter.q(), cipher, conditions, params);
        if (filter.type() != null) {
            conditions.add("m.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.kind() != null) {
            conditions.add("m.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.industry() != null) {
            conditions.add("m.industry = :industry");
            params.put("industry", filter.industry().name());
        }
        if (filter.status() != null) {
            conditions.add("m.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.local() != null) {
            conditions.add("m.local = :local");
            params.put("local", filter.local());
        }
        if (filter.highTech() != null) {
            conditions.add("m.high_tech = :highTech");
            params.put("highTech", filter.highTech());
        }
        if (filter.chamberId() != null) {
            conditions.add("exists (select 1 from member_chamber fc where fc.member_id = m.id and fc.chamber_id = :filterChamber)");
            params.put("filterChamber", filter.chamberId());
        }
        return new MemberQuery(" where " + String.join(" and ", conditions), params,
                filter.q() != null && !filter.q().isBlank());
    }

    static String orderBy(MemberFilter.Sort sort) {
        return switch (sort == null ? MemberFilter.Sort.NAME : sort) {
            case NAME -> " order by m.search_text, m.id";
            case JOINED_NEWEST -> " order by m.joined_on desc nulls last, m.id desc";
            case JOINED_OLDEST -> " order by m.joined_on nulls last, m.id";
            case NUMBER -> " order by m.member_number nulls last, m.id";
        };
    }

    private static void addScope(DataScope scope, List<String> conditions, Map<String, Object> params) {
        if (scope.none()) {
            conditions.add("false");
            return;
        }
        conditions.add("f.path like :path");
        params.put("path", scope.federationPath() + "%");
        if (scope.singleChamber()) {
            conditions.add("exists (select 1 from member_chamber sc where sc.member_id = m.id and sc.chamber_id = :scopeChamber)");
            params.put("scopeChamber", scope.chamberId());
        }
    }

    private static void addSearch(String raw, PersonalDataCipher cipher, List<String> conditions, Map<String, Object> params) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        var q = Normalisation.halfWidthUpper(raw.strip()).replaceAll("\\s+", "");
        if (MOBILE.matcher(q).matches()) {
            conditions.add("m.mobile_index = :mobileIndex");
            params.put("mobileIndex", cipher.blindIndex(q));
        } else if (MEMBER_NUMBER.matcher(q).matches()) {
            conditions.add("m.member_number = :memberNumber");
            params.put("memberNumber", q);
        } else if (CODE_PREFIX.matcher(q).matches()) {
            conditions.add("m.credit_code like :codePrefix");
            params.put("codePrefix", escapeLike(q) + "%");
        } else {
            var text = q.toLowerCase(Locale.ROOT);
            if (text.length() == 2 && TWO_LETTERS.matcher(text).matches()) {
                conditions.add("m.search_terms && array[cast(:term as text), cast(:initialsPrefix as text)]");
                params.put("term", text);
                params.put("initialsPrefix", SearchTerms.initialsPrefix(text));
            } else if (text.length() == 2) {
                conditions.add("m.search_terms @> array[cast(:term as text)]");
                params.put("term", text);
            } else {
                conditions.add("m.search_text like :fragment");
                params.put("fragment", "%" + escapeLike(text) + "%");
            }
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
