package cn.qinqing.member.web;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.MemberView;
import cn.qinqing.member.OrganisationKind;
import java.time.LocalDate;
import java.util.List;

/** One row of the member list in the API; mobile and ID number masked. */
record MemberItem(long id, String memberNumber, MemberType type, String name, String creditCode,
                  OrganisationKind kind, Industry industry, EnterpriseSize size, boolean local, boolean highTech,
                  MemberStatus status, LocalDate joinedOn, String mobile, String idNumber, List<Long> chamberIds) {

    static MemberItem of(MemberView m) {
        return new MemberItem(m.id(), m.memberNumber(), m.type(), m.name(), m.creditCode(), m.kind(), m.industry(),
                m.size(), m.local(), m.highTech(), m.status(), m.joinedOn(), m.mobile(), m.idNumber(), m.chamberIds());
    }
}
