package cn.qinqing.organisation.web;

import cn.qinqing.organisation.PartyOrganisation;
import cn.qinqing.organisation.PartyOrganisationDraft;
import cn.qinqing.organisation.PartyOrganisationKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A party organisation as the form and the API submit it. Without federationId the caller's own
 * federation is meant; without chamberId the federation organ.
 */
record PartyForm(@NotNull PartyOrganisationKind kind,
                 @NotBlank @Size(max = 100) String name,
                 @Size(max = 50) String secretaryName,
                 @NotNull @Min(0) @Max(100_000) Integer memberCount,
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
                 @Size(max = 500) String remarks,
                 Long federationId,
                 @Positive Long chamberId) {

    static PartyForm blank(long federationId) {
        return new PartyForm(null, "", "", 0, null, "", federationId, null);
    }

    static PartyForm of(PartyOrganisation p) {
        return new PartyForm(p.kind(), p.name(), p.secretaryName(), p.memberCount(), p.foundedOn(), p.remarks(),
                p.federationId(), p.chamberId());
    }

    PartyOrganisationDraft toDraft() {
        return new PartyOrganisationDraft(kind, name, secretaryName, memberCount, foundedOn, remarks, federationId,
                chamberId);
    }
}
