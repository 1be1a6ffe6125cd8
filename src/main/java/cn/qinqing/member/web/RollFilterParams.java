package cn.qinqing.member.web;

import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberFilter;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.OrganisationKind;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The member list's query parameters (q, type, kind, chamberId, industry, status, local, highTech,
 * sort) as a {@link MemberFilter}, so an export takes exactly the list the user is looking at. The
 * API refuses a value it cannot read; a page link simply drops it.
 */
final class RollFilterParams {

    static final int MAX_QUERY = 100;

    private RollFilterParams() {
    }

    static MemberFilter parse(Map<String, String> params, boolean strict) {
        var errors = new ArrayList<FieldError>();
        var q = params.get("q");
        if (q != null && q.length() > MAX_QUERY) {
            errors.add(new FieldError("q", "member-import.filter.too-long", MAX_QUERY));
            q = q.substring(0, MAX_QUERY);
        }
        var filter = new MemberFilter(q,
                value(params, "type", MemberType.class, errors),
                value(params, "kind", OrganisationKind.class, errors),
                id(params.get("chamberId"), errors),
                industry(params.get("industry"), errors),
                value(params, "status", MemberStatus.class, errors),
                bool(params, "local", errors),
                bool(params, "highTech", errors),
                sort(params.get("sort"), errors));
        if (strict && !errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return filter;
    }

    private static <E extends Enum<E>> E value(Map<String, String> params, String name, Class<E> type,
                                               List<FieldError> errors) {
        var text = params.get(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "member-import.filter.invalid", name));
            return null;
        }
    }

    private static Industry industry(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var industry = Industry.parse(text);
        if (industry.isEmpty()) {
            errors.add(new FieldError("industry", "member-import.filter.invalid", "industry"));
        }
        return industry.orElse(null);
    }

    private static Long id(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("chamberId", "member-import.filter.invalid", "chamberId"));
            return null;
        }
    }

    private static Boolean bool(Map<String, String> params, String name, List<FieldError> errors) {
        var text = params.get(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError(name, "member-import.filter.invalid", name));
                yield null;
            }
        };
    }

    private static MemberFilter.Sort sort(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return MemberFilter.Sort.NAME;
        }
        try {
            return MemberFilter.Sort.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("sort", "member-import.filter.invalid", "sort"));
            return MemberFilter.Sort.NAME;
        }
    }
}
