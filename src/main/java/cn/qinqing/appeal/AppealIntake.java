package cn.qinqing.appeal;

import cn.qinqing.member.MemberDirectory;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The intake rules (受理登记). A member's own account files for its member through the member
 * channel; staff, leaders and vice-chairs register a call, visit, letter, hotline transfer or
 * duty-desk case, for a member of their federation or for a firm that is not one (then the
 * company and a mobile for the follow-up are required). Every broken rule is reported at once.
 */
@Component
class AppealIntake {

    static final int MAX_TITLE = 100;
    static final int MAX_CONTENT = 5000;
    static final int MAX_NAME = 50;
    static final int MAX_COMPANY = 100;
    static final Pattern MOBILE = Pattern.compile("^1[3-9][0-9]{9}$");

    private final AppealCategories categories;
    private final MemberDirectory members;

    AppealIntake(AppealCategories categories, MemberDirectory members) {
        this.categories = categories;
        this.members = members;
    }

    CheckedAppeal check(AppealDraft d, AppealAccess access) {
        var user = access.user();
        var errors = new ArrayList<FieldError>();
        AppealChannel channel;
        MemberDirectory.Entry member = null;
        if (access.federationWide()) {
            channel = channel(d.channel(), errors);
            if (d.memberId() != null) {
                member = members.existsUnder(d.memberId(), user.federationPath())
                        ? members.find(d.memberId()).orElse(null) : null;
                if (member == null) {
                    errors.add(new FieldError("memberId", "appeal.member.unknown"));
                }
            }
        } else if (access.memberId() != null) {
            channel = AppealChannel.MEMBER_WEB;
            member = members.find(access.memberId()).orElseThrow(() -> new AccessDeniedException("no such member"));
        } else {
            throw new AccessDeniedException("only members and federation staff file cases");
        }
        var category = categories.find(text(d.category())).orElse(null);
        if (category == null) {
            errors.add(new FieldError("category", "appeal.category.unknown"));
        }
        var subject = text(d.subject());
        if (category != null && category.subjects().stream().noneMatch(s -> s.code().equals(subject))) {
            errors.add(new FieldError("subject", "appeal.subject.unknown"));
        }
        var title = required(d.title(), MAX_TITLE, "title", "appeal.title.invalid", errors);
        var content = required(d.content(), MAX_CONTENT, "content", "appeal.content.invalid", errors);
        var name = text(d.submitterName());
        if (name == null && !access.federationWide()) {
            name = user.displayName();
        }
        name = required(name, MAX_NAME, "submitterName", "appeal.submitter-name.invalid", errors);
        var company = text(d.submitterCompany());
        if (company == null && member != null) {
            company = member.name();
        }
        if (company == null && access.federationWide() && d.memberId() == null) {
            errors.add(new FieldError("submitterCompany", "appeal.submitter-company.required"));
        } else if (company != null && company.length() > MAX_COMPANY) {
            errors.add(new FieldError("submitterCompany", "appeal.submitter-company.too-long", MAX_COMPANY));
        }
        var mobile = mobile(d.contactMobile(), member == null && d.memberId() == null, errors);
        boolean visible = Boolean.TRUE.equals(d.chamberVisible());
        Long chamberId = visible ? chamber(d.chamberId(), member, d.memberId() != null || member != null, errors) : null;
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long federationId = member != null ? member.federationId() : user.federationId();
        return new CheckedAppeal(federationId, member == null ? null : member.id(), channel, category, subject, title,
                content, name, company, mobile, visible, chamberId);
    }

    private static AppealChannel channel(String value, List<FieldError> errors) {
        var clean = text(value);
        if (clean == null) {
            errors.add(new FieldError("channel", "appeal.channel.required"));
            return null;
        }
        try {
            var channel = AppealChannel.valueOf(clean);
            if (channel.registeredByStaff()) {
                return channel;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below like a channel staff may not use
        }
        errors.add(new FieldError("channel", "appeal.channel.invalid"));
        return null;
    }

    private static String mobile(String value, boolean required, List<FieldError> errors) {
        var clean = text(value);
        if (clean != null) {
            clean = clean.replace(" ", "").replace("-", "");
        }
        if (clean == null) {
            if (required) {
                errors.add(new FieldError("contactMobile", "appeal.contact-mobile.required"));
            }
            return null;
        }
        if (!MOBILE.matcher(clean).matches()) {
            errors.add(new FieldError("contactMobile", "appeal.contact-mobile.invalid"));
        }
        return clean;
    }

    /** The chamber the submitter lets see the case: one the member belongs to (its only one by default). */
    private static Long chamber(Long chosen, MemberDirectory.Entry member, boolean forMember, List<FieldError> errors) {
        if (!forMember) {
            errors.add(new FieldError("chamberVisible", "appeal.chamber.member-only"));
            return null;
        }
        if (member == null) {
            return null;
        }
        var id = chosen == null && member.chamberIds().size() == 1 ? member.chamberIds().get(0) : chosen;
        if (id == null || !member.chamberIds().contains(id)) {
            errors.add(new FieldError("chamberId", "appeal.chamber.not-member"));
            return null;
        }
        return id;
    }

    private static String required(String value, int max, String field, String key, List<FieldError> errors) {
        var clean = text(value);
        if (clean == null || clean.length() > max) {
            errors.add(new FieldError(field, key, max));
        }
        return clean;
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        var clean = value.strip();
        return clean.isEmpty() ? null : clean;
    }
}
