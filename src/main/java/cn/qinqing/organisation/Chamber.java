package cn.qinqing.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A chamber of commerce (商会) under a federation, with its officers (会长 president, 秘书长
 * secretary-general), its "五有" checklist (always all five items, in order) and its yearly
 * self-assessments (newest first).
 */
public record Chamber(
        long id,
        long federationId,
        String federationName,
        String name,
        ChamberKind kind,
        String creditCode,
        String address,
        String phone,
        LocalDate foundedOn,
        String president,
        String secretaryGeneral,
        int memberCount,
        String remarks,
        Instant createdAt,
        Instant updatedAt,
        List<FiveHas> fiveHas,
        List<SelfAssessment> assessments) {

    public Chamber {
        fiveHas = List.copyOf(fiveHas);
        assessments = List.copyOf(assessments);
    }

    /** How many of the five items are met. */
    public long fiveHasMetCount() {
        return fiveHas.stream().filter(FiveHas::met).count();
    }
}
