package cn.qinqing.member;

import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.web.PageView;

/** One page of the member list for a filter, within a scope. */
final class MemberSearch {

    static final int MAX_PAGE_SIZE = 100;

    private final MemberRepository members;
    private final PersonalDataCipher cipher;

    MemberSearch(MemberRepository members, PersonalDataCipher cipher) {
        this.members = members;
        this.cipher = cipher;
    }

    PageView<MemberView> page(DataScope scope, MemberFilter filter, int page, int size) {
        var number = Math.max(0, page);
        var perPage = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
        var query = MemberQuery.of(scope, filter, cipher);
        return members.page(query, MemberQuery.orderBy(filter.sort()), number, perPage);
    }
}
