package cn.qinqing.legalaid.web;

import cn.qinqing.legalaid.LegalAidPanel;
import cn.qinqing.legalaid.LegalAidReferrals;
import cn.qinqing.legalaid.PanelFilter;
import cn.qinqing.legalaid.PanelMember;
import cn.qinqing.legalaid.ReferralOutcome;
import cn.qinqing.legalaid.SessionKind;
import cn.qinqing.legalaid.Speciality;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.ValidationException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 转介法律服务: a case's referrals with the form to refer it, and a referral's page with its
 * sessions and outcome and the forms to record them. Forms keep what was typed on error.
 */
@Controller
class ReferralPages {

    private final LegalAidReferrals referrals;
    private final LegalAidPanel panel;
    private final Clock clock;

    ReferralPages(LegalAidReferrals referrals, LegalAidPanel panel, Clock clock) {
        this.referrals = referrals;
        this.panel = panel;
        this.clock = clock;
    }

    @GetMapping("/legal-aid/appeals/{appealId}/referrals")
    @PreAuthorize(Access.KEEPERS)
    String caseReferrals(@PathVariable long appealId, Model model) {
        model.addAttribute("referralForm", ReferralForm.blank());
        return caseView(appealId, model);
    }

    @PostMapping("/legal-aid/appeals/{appealId}/referrals")
    @PreAuthorize(Access.KEEPERS)
    String refer(@PathVariable long appealId, @Valid @ModelAttribute("referralForm") ReferralForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = referrals.refer(appealId, form.panelMemberId(), form.note());
                redirect.addFlashAttribute("notice", "legal-aid.referral.saved");
                return "redirect:/legal-aid/referrals/" + created.id();
            } catch (ValidationException e) {
                Access.reject(result, e);
            } catch (ConflictException e) {
                result.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        return caseView(appealId, model);
    }

    @GetMapping("/legal-aid/referrals/{id}")
    @PreAuthorize(Access.KEEPERS)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("sessionForm", SessionForm.blank(LocalDate.now(clock)));
        model.addAttribute("outcomeForm", OutcomeForm.blank());
        return referralView(id, model);
    }

    @PostMapping("/legal-aid/referrals/{id}/sessions")
    @PreAuthorize(Access.KEEPERS)
    String addSession(@PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                referrals.addSession(id, form.toDraft());
                redirect.addFlashAttribute("notice", "legal-aid.session.saved");
                return "redirect:/legal-aid/referrals/" + id;
            } catch (ValidationException e) {
                Access.reject(result, e);
            } catch (ConflictException e) {
                result.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        model.addAttribute("outcomeForm", OutcomeForm.blank());
        return referralView(id, model);
    }

    @PostMapping("/legal-aid/referrals/{id}/outcome")
    @PreAuthorize(Access.KEEPERS)
    String conclude(@PathVariable long id, @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                referrals.conclude(id, form.outcome(), form.note());
                redirect.addFlashAttribute("notice", "legal-aid.outcome.saved");
                return "redirect:/legal-aid/referrals/" + id;
            } catch (ValidationException e) {
                Access.reject(result, e);
            } catch (ConflictException e) {
                result.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        model.addAttribute("sessionForm", SessionForm.blank(LocalDate.now(clock)));
        return referralView(id, model);
    }

    private String caseView(long appealId, Model model) {
        var found = referrals.ofAppeal(appealId);
        var suited = Speciality.forSubject(found.appeal().subject());
        model.addAttribute("appeal", found.appeal());
        model.addAttribute("referrals", found.referrals());
        model.addAttribute("suited", suited);
        model.addAttribute("candidates", candidates(suited));
        return "legal-aid/case-referrals";
    }

    /** Active panel members the caller keeps, those suited to the case's subject first. */
    private List<PanelMember> candidates(Speciality suited) {
        var active = panel.list(new PanelFilter(null, null, null, true), 0, 100).content();
        return active.stream()
                .sorted(Comparator.comparing((PanelMember m) -> !m.specialities().contains(suited)))
                .toList();
    }

    private String referralView(long id, Model model) {
        var found = referrals.get(id);
        model.addAttribute("appeal", found.appeal());
        model.addAttribute("referral", found.referral());
        model.addAttribute("sessionKinds", SessionKind.values());
        model.addAttribute("outcomes", ReferralOutcome.values());
        return "legal-aid/referral";
    }
}
