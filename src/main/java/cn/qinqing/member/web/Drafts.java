package cn.qinqing.member.web;

import cn.qinqing.member.MemberDraft;
import cn.qinqing.member.MemberRules;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Turns a {@link MemberForm} into a draft for the service. When something could not even be read
 * (or the page adds a rule of its own), the member rules run here too, so the person sees every
 * problem of the form at once rather than one round after another.
 */
final class Drafts {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Drafts() {
    }

    static MemberDraft of(MemberForm form, String federationRegion, List<FieldError> pageErrors) {
        var parsed = form.parse();
        var errors = new ArrayList<>(parsed.errors());
        errors.addAll(pageErrors);
        if (errors.isEmpty()) {
            return parsed.draft();
        }
        var fields = new HashSet<String>();
        errors.forEach(e -> fields.add(e.field()));
        MemberRules.check(parsed.draft(), federationRegion, LocalDate.now(ZONE), false).errors().stream()
                .filter(e -> !fields.contains(e.field()))
                .forEach(errors::add);
        throw new ValidationException(errors);
    }

    static MemberDraft of(MemberForm form, String federationRegion) {
        return of(form, federationRegion, List.of());
    }
}
