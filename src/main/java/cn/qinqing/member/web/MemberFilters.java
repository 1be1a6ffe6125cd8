package cn.qinqing.member.web;

import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberFilter;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.OrganisationKind;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.List;

/** The list's search box and filters as sent in the query string, read into a {@link MemberFilter}. */
record MemberFilters(String q, String type, String kind, String chamberId, String industry, String status,
                     String local, String highTech, String sort) {

    static final int MAX_QUERY = 100;

    /** The filter; what cannot be read is added to {@code errors} and left out of the filter. */
    MemberFilter toFilter(List<FieldError> errors) {
        var text = Inputs.blank(q) ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY) {
            errors.add(new FieldError("q", "member.query.too-long", MAX_QUERY));
            text = text.substring(0, MAX_QUERY);
        }
        var parsedIndustry = Inputs.blank(industry) ? null : Industry.parse(industry).orElse(null);
        if (!Inputs.blank(industry) && parsedIndustry == null) {
            errors.add(new FieldError("industry", "member.industry.unknown"));
        }
        var parsedSort = Inputs.enumValue(MemberFilter.Sort.class, sort, "sort", "member.sort.unknown", errors);
        return new MemberFilter(text,
                Inputs.enumValue(MemberType.class, type, "type", "member.type.unknown", errors),
                Inputs.enumValue(OrganisationKind.class, kind, "kind", "member.kind.unknown", errors),
                Inputs.number(chamberId, "chamberId", "member.chambers.unknown", errors),
                parsedIndustry,
                Inputs.enumValue(MemberStatus.class, status, "status", "member.status.unknown", errors),
                Inputs.flag(local, "local", errors),
                Inputs.flag(highTech, "highTech", errors),
                parsedSort == null ? MemberFilter.Sort.NAME : parsedSort);
    }
}
