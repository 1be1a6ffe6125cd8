package cn.qinqing.legalaid;

import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.util.List;

/** The checks of a session (服务记录), shared by recording one now and entering one from the ledger. */
final class SessionRules {

    /** The session's place and note, trimmed; blank ones are null. */
    record Checked(String place, String note) {
    }

    private SessionRules() {
    }

    /**
     * A session of a referral to a {@code panelKind} (null: unknown, not checked) made on {@code referredOn}:
     * held on a day from the referral to {@code today}, of a kind the panel member offers, place and note
     * within their lengths.
     */
    static Checked check(SessionDraft draft, PanelKind panelKind, LocalDate referredOn, LocalDate today,
                         List<FieldError> errors) {
        if (draft.heldOn() == null) {
            errors.add(new FieldError("heldOn", "legal-aid.session.held-on.required"));
        } else if (draft.heldOn().isAfter(today)) {
            errors.add(new FieldError("heldOn", "legal-aid.session.held-on.future"));
        } else if (draft.heldOn().isBefore(referredOn)) {
            errors.add(new FieldError("heldOn", "legal-aid.session.held-on.before-referral", referredOn.toString()));
        }
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", "legal-aid.session.kind.required"));
        } else if (draft.kind() == SessionKind.REPRESENTATION && panelKind != null && panelKind != PanelKind.LAWYER) {
            errors.add(new FieldError("kind", "legal-aid.session.kind.lawyers-only"));
        }
        var place = LegalAidReferrals.optional(draft.place(), LegalAidReferrals.PLACE_MAX, "place",
                "legal-aid.session.place.too-long", errors);
        var note = LegalAidReferrals.optional(draft.note(), LegalAidReferrals.TEXT_MAX, "note",
                "legal-aid.session.note.too-long", errors);
        return new Checked(place, note);
    }
}
