package cn.qinqing.organisation;

import java.time.LocalDate;

/**
 * What a person enters for a chamber, before it is checked.
 *
 * @param federationId the owning federation; null keeps the current one (or the caller's own on create)
 * @param creditCode   as typed; it is normalised (full-width, case, blanks) and checked by GB 32100
 */
public record ChamberDraft(
        Long federationId,
        String name,
        ChamberKind kind,
        String creditCode,
        String address,
        String phone,
        LocalDate foundedOn,
        String president,
        String secretaryGeneral,
        Integer memberCount,
        String remarks) {
}
