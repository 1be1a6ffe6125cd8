package cn.qinqing.member;

/**
 * What a member list is narrowed and ordered by. {@code q} is the one search box: a Chinese name
 * fragment, full pinyin or initials, a credit-code prefix or an exact mobile.
 */
public record MemberFilter(
        String q,
        MemberType type,
        OrganisationKind kind,
        Long chamberId,
        Industry industry,
        MemberStatus status,
        Boolean local,
        Boolean highTech,
        Sort sort) {

    /** Orderings offered in the list. */
    public enum Sort { NAME, JOINED_NEWEST, JOINED_OLDEST, NUMBER }

    public static MemberFilter all() {
        return new MemberFilter(null, null, null, null, null, null, null, null, Sort.NAME);
    }
}
