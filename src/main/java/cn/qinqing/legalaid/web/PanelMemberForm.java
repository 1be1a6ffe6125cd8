package cn.qinqing.legalaid.web;

import cn.qinqing.legalaid.PanelKind;
import cn.qinqing.legalaid.PanelMember;
import cn.qinqing.legalaid.PanelMemberDraft;
import cn.qinqing.legalaid.Speciality;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/**
 * A panel member as the form and the API submit it. Required fields and formats are the service's
 * rules (all reported at once); only the lengths are checked here. On a change a blank mobile keeps
 * the stored number, so the form never needs to show it.
 */
record PanelMemberForm(Long federationId,
                       PanelKind kind,
                       @Size(max = 50) String name,
                       @Size(max = 100) String organisation,
                       Long chamberId,
                       @Size(max = 40) String licenceNumber,
                       Set<Speciality> specialities,
                       @Size(max = 20) String mobile,
                       Boolean active) {

    static PanelMemberForm blank(long federationId) {
        return new PanelMemberForm(federationId, null, "", "", null, "", EnumSet.noneOf(Speciality.class), "", true);
    }

    static PanelMemberForm of(PanelMember m) {
        var specialities = m.specialities().isEmpty() ? EnumSet.noneOf(Speciality.class)
                : EnumSet.copyOf(m.specialities());
        return new PanelMemberForm(m.federationId(), m.kind(), m.name(), m.organisation(), m.chamberId(),
                m.licenceNumber(), specialities, "", m.active());
    }

    PanelMemberDraft toDraft() {
        return new PanelMemberDraft(federationId, kind, name, organisation, chamberId, licenceNumber, specialities,
                mobile, active);
    }
}
