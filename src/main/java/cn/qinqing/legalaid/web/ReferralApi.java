package cn.qinqing.legalaid.web;

import cn.qinqing.legalaid.LegalAidReferrals;
import cn.qinqing.legalaid.Referral;
import cn.qinqing.shared.web.ApiController;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Referrals of cases to the legal-aid panel: {@code /api/v1/appeals/{id}/referrals} and
 * {@code /api/v1/legal-aid/referrals/{id}}. A case the caller may not see is 404, and so are its referrals.
 */
@ApiController("/api/v1")
class ReferralApi {

    private final LegalAidReferrals referrals;

    ReferralApi(LegalAidReferrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/appeals/{appealId}/referrals")
    @PreAuthorize(Access.CASE_READERS)
    List<Referral> list(@PathVariable long appealId) {
        return referrals.referralsOf(appealId);
    }

    @PostMapping("/appeals/{appealId}/referrals")
    @PreAuthorize(Access.KEEPERS)
    ResponseEntity<Referral> refer(@PathVariable long appealId, @Valid @RequestBody ReferralForm form) {
        var created = referrals.refer(appealId, form.panelMemberId(), form.note());
        return ResponseEntity.created(URI.create("/api/v1/legal-aid/referrals/" + created.id())).body(created);
    }

    @GetMapping("/legal-aid/referrals/{id}")
    @PreAuthorize(Access.CASE_READERS)
    Referral get(@PathVariable long id) {
        return referrals.find(id);
    }

    @PostMapping("/legal-aid/referrals/{id}/sessions")
    @PreAuthorize(Access.KEEPERS)
    ResponseEntity<Referral> addSession(@PathVariable long id, @Valid @RequestBody SessionForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(referrals.addSession(id, form.toDraft()));
    }

    @PostMapping("/legal-aid/referrals/{id}/outcome")
    @PreAuthorize(Access.KEEPERS)
    Referral conclude(@PathVariable long id, @Valid @RequestBody OutcomeForm form) {
        return referrals.conclude(id, form.outcome(), form.note());
    }
}
