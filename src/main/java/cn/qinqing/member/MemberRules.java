package cn.qinqing.member;

import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import cn.qinqing.shared.standard.RegionCodes;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a member must meet, the same for every way in (application, staff form, API,
 * import). Organisations need a valid credit code whose kind (positions 1-2) agrees with the
 * stated kind; individuals a valid 18-character resident ID number. Local means registered
 * (organisations) or born-registered (individuals) within the federation's region.
 */
public final class MemberRules {

    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");

    private MemberRules() {
    }

    /** The outcome: the checked member, or the broken rules (field + message key + arguments). */
    public record Outcome(CheckedMember member, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Outcome check(MemberDraft draft, String federationRegion, LocalDate today, boolean joinDateRequired) {
        var errors = new ArrayList<FieldError>();
        if (draft.type() == null) {
            errors.add(new FieldError("type", "member.type.required"));
            return new Outcome(null, errors);
        }
        var name = text(draft.name());
        if (name == null) {
            errors.add(new FieldError("name", "member.name.required"));
        } else if (name.length() > 100) {
            errors.add(new FieldError("name", "member.too-long", 100));
        }
        var mobile = digits(draft.mobile());
        if (mobile != null && !MOBILE.matcher(mobile).matches()) {
            errors.add(new FieldError("mobile", "member.mobile.invalid"));
        }
        if (draft.joinedOn() == null && joinDateRequired) {
            errors.add(new FieldError("joinedOn", "member.joined-on.required"));
        } else if (draft.joinedOn() != null && draft.joinedOn().isAfter(today)) {
            errors.add(new FieldError("joinedOn", "member.joined-on.future"));
        }
        length(errors, "legalRepresentative", draft.legalRepresentative(), 50);
        length(errors, "address", draft.address(), 200);
        length(errors, "contactName", draft.contactName(), 50);
        length(errors, "employer", draft.employer(), 100);
        length(errors, "position", draft.position(), 50);

        String creditCode = null;
        String idNumber = null;
        OrganisationKind kind = null;
        boolean local = true;
        LocalDate birthDate = null;
        Boolean male = null;
        if (draft.type().organisation()) {
            var validation = CreditCode.validate(draft.creditCode());
            if (!validation.valid()) {
                errors.add(creditCodeError(validation));
            } else {
                var code = CreditCode.parse(validation.normalised());
                creditCode = code.value();
                local = code.registeredWithin(federationRegion);
                kind = draft.kind() == null ? OrganisationKind.derivedFrom(code.kind()) : draft.kind();
                if (!kind.fits(code.kind())) {
                    errors.add(new FieldError("kind", "member.kind.contradicts-code." + kind.name(), code.kindCode()));
                }
            }
        } else {
            var problem = IdNumber.validate(draft.idNumber(), today);
            if (problem.isPresent()) {
                errors.add(new FieldError("idNumber", "member.id-number." + problem.get().name()));
            } else {
                var id = IdNumber.parse(draft.idNumber());
                idNumber = id.value();
                birthDate = id.birthDate();
                male = id.male();
                local = RegionCodes.contains(federationRegion, id.regionCode());
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        return new Outcome(new CheckedMember(draft.type(), name, creditCode, text(draft.legalRepresentative()), idNumber,
                mobile, draft.industry(), kind, draft.type().organisation() ? draft.size() : null, draft.highTech(), local,
                text(draft.address()), text(draft.contactName()), text(draft.employer()), text(draft.position()),
                draft.politicalAffiliation(), birthDate, male, draft.joinedOn()), errors);
    }

    private static FieldError creditCodeError(cn.qinqing.shared.standard.CreditCodeValidation v) {
        return switch (v.reason()) {
            case EMPTY -> new FieldError("creditCode", "member.credit-code.required");
            case WRONG_LENGTH -> new FieldError("creditCode", "member.credit-code.length", v.length());
            case ILLEGAL_CHARACTER -> new FieldError("creditCode", "member.credit-code.character",
                    v.position(), String.valueOf(v.found()));
            case WRONG_CHECK_CHARACTER -> new FieldError("creditCode", "member.credit-code.check",
                    String.valueOf(v.expected()));
            case VALID -> throw new IllegalArgumentException("valid code reported as error");
        };
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, "member.too-long", max));
        }
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        var trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String digits(String value) {
        var text = text(value);
        return text == null ? null : cn.qinqing.shared.standard.Normalisation.halfWidthUpper(text).replace(" ", "").replace("-", "");
    }
}
