package cn.qinqing.appeal;

import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.Normalisation;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The rules of the public form: the firm's name, its credit code when given (GB 32100 check
 * character), a contact person and mobile, category, subject, title and content, and a one-time code
 * (only its presence here: it is verified after everything else passed, so a form that would be refused
 * anyway never costs the user one of the code's tries).
 */
@Component
class PublicIntake {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private final AppealCategories categories;

    PublicIntake(AppealCategories categories) {
        this.categories = categories;
    }

    /** The case checked for the federation; null when {@code errors} got entries. */
    Checked check(PublicAppealDraft d, long federationId, List<FieldError> errors) {
        int before = errors.size();
        var company = required(d.company(), AppealIntake.MAX_COMPANY, "company", "appeal-public.company.invalid", errors);
        var creditCode = creditCode(d.creditCode(), errors);
        var name = required(d.contactName(), AppealIntake.MAX_NAME, "contactName", "appeal-public.contact-name.invalid",
                errors);
        var mobile = mobile(d.mobile());
        if (mobile == null) {
            errors.add(new FieldError("mobile", "appeal-public.mobile.required"));
        } else if (!AppealIntake.MOBILE.matcher(mobile).matches()) {
            errors.add(new FieldError("mobile", "appeal-public.mobile.invalid"));
        }
        var category = categories.find(AppealIntake.text(d.category())).orElse(null);
        if (category == null) {
            errors.add(new FieldError("category", "appeal.category.unknown"));
        }
        var subject = AppealIntake.text(d.subject());
        if (category != null && category.subjects().stream().noneMatch(s -> s.code().equals(subject))) {
            errors.add(new FieldError("subject", "appeal.subject.unknown"));
        }
        var title = required(d.title(), AppealIntake.MAX_TITLE, "title", "appeal.title.invalid", errors);
        var content = required(d.content(), AppealIntake.MAX_CONTENT, "content", "appeal.content.invalid", errors);
        if (AppealIntake.text(d.code()) == null) {
            errors.add(new FieldError("code", "appeal-public.code.required"));
        }
        if (errors.size() > before) {
            return null;
        }
        // Never shown to a chamber: the firm is not a member of one (the column stays for members' cases).
        return new Checked(new CheckedAppeal(federationId, null, AppealChannel.PUBLIC_WEB, category, subject, title,
                content, name, company, mobile, false, null), creditCode);
    }

    /** The checked case and the credit code (normalised, or null). */
    record Checked(CheckedAppeal appeal, String creditCode) {
    }

    /** A mobile as 11 half-width digits (full-width digits, spaces, dashes and +86 dropped); null when blank. */
    static String mobile(String value) {
        var clean = AppealIntake.text(value);
        if (clean == null) {
            return null;
        }
        var digits = SEPARATORS.matcher(Normalisation.halfWidthUpper(clean)).replaceAll("");
        return digits.startsWith("+86") ? digits.substring(3) : digits;
    }

    private static String creditCode(String value, List<FieldError> errors) {
        if (AppealIntake.text(value) == null) {
            return null;
        }
        var v = CreditCode.validate(value);
        switch (v.reason()) {
            case VALID -> {
                return v.normalised();
            }
            case WRONG_LENGTH -> errors.add(new FieldError("creditCode", "appeal-public.credit-code.length", v.length()));
            case ILLEGAL_CHARACTER -> errors.add(new FieldError("creditCode", "appeal-public.credit-code.character",
                    v.position(), String.valueOf(v.found())));
            default -> errors.add(new FieldError("creditCode", "appeal-public.credit-code.check",
                    String.valueOf(v.expected())));
        }
        return null;
    }

    private static String required(String value, int max, String field, String key, List<FieldError> errors) {
        var clean = AppealIntake.text(value);
        if (clean == null || clean.length() > max) {
            errors.add(new FieldError(field, key, max));
        }
        return clean;
    }
}
