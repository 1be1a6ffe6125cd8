package cn.qinqing.legalaid;

import cn.qinqing.shared.standard.Normalisation;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a panel member's own fields must meet, the same for the page and the API. The
 * practising certificate number (律师执业证号) is 17 digits; a lawyer must give one, a mediator
 * may (many mediators are lawyers too). Rules that need the database (scope, chamber, a number
 * already on the panel) are checked by {@link LegalAidPanel}.
 */
final class PanelRules {

    static final int NAME_MAX = 50;
    static final int ORGANISATION_MAX = 100;
    private static final Pattern LICENCE = Pattern.compile("^[0-9]{17}$");
    private static final Pattern MOBILE = Pattern.compile("^1[3-9][0-9]{9}$");

    private PanelRules() {
    }

    /** The checked fields; mobile is null when a change keeps the stored number. */
    record Checked(PanelKind kind, String name, String organisation, Long chamberId, String licenceNumber,
                   Set<Speciality> specialities, String mobile, boolean active) {
    }

    /** Checks the draft, adding the broken rules to {@code errors}; the mobile may be blank only when keepMobile. */
    static Checked check(PanelMemberDraft d, boolean keepMobile, List<FieldError> errors) {
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "legal-aid.kind.required"));
        }
        var name = text(d.name());
        if (name == null) {
            errors.add(new FieldError("name", "legal-aid.name.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "legal-aid.name.too-long", NAME_MAX));
        }
        var organisation = text(d.organisation());
        if (organisation == null) {
            errors.add(new FieldError("organisation", d.kind() == PanelKind.MEDIATOR
                    ? "legal-aid.organisation.committee-required" : "legal-aid.organisation.firm-required"));
        } else if (organisation.length() > ORGANISATION_MAX) {
            errors.add(new FieldError("organisation", "legal-aid.organisation.too-long", ORGANISATION_MAX));
        }
        var licence = compact(d.licenceNumber());
        if (licence == null && d.kind() == PanelKind.LAWYER) {
            errors.add(new FieldError("licenceNumber", "legal-aid.licence.required"));
        } else if (licence != null && !LICENCE.matcher(licence).matches()) {
            errors.add(new FieldError("licenceNumber", "legal-aid.licence.invalid"));
        }
        if (d.chamberId() != null && d.kind() == PanelKind.LAWYER) {
            errors.add(new FieldError("chamberId", "legal-aid.chamber.mediators-only"));
        }
        if (d.specialities() == null || d.specialities().isEmpty()) {
            errors.add(new FieldError("specialities", "legal-aid.speciality.required"));
        }
        var mobile = compact(d.mobile());
        if (mobile == null && !keepMobile) {
            errors.add(new FieldError("mobile", "legal-aid.mobile.required"));
        } else if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            errors.add(new FieldError("mobile", "legal-aid.mobile.invalid"));
        }
        var specialities = d.specialities() == null || d.specialities().isEmpty()
                ? EnumSet.noneOf(Speciality.class) : EnumSet.copyOf(d.specialities());
        return new Checked(d.kind(), name, organisation, d.chamberId(), licence, specialities, mobile,
                d.active() == null || d.active());
    }

    /** 13812345678 becomes 138****5678. */
    static String maskMobile(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        var trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Full-width digits made half-width, spaces and dashes dropped: 138 1234-5678 is 13812345678. */
    private static String compact(String value) {
        var text = text(value);
        return text == null ? null : Normalisation.halfWidthUpper(text).replaceAll("[\\s-]", "");
    }
}
