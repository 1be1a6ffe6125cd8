package cn.qinqing.organisation.web;

import cn.qinqing.organisation.AssessmentLevel;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.web.ValidationException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chamber's page: its details and officers, its "五有" checklist and yearly self-assessments,
 * which staff, leaders and the chamber's own secretary keep up to date.
 */
@Controller
@RequestMapping("/chambers/{id}")
class ChamberDetailPage {

    private final Chambers chambers;

    ChamberDetailPage(Chambers chambers) {
        this.chambers = chambers;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')")
    String show(@PathVariable long id, Model model) {
        return detail(model, id, null, null);
    }

    @PostMapping("/five-has")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','CHAMBER_SECRETARY')")
    String setFiveHas(@PathVariable long id, @Valid @ModelAttribute("fiveHasForm") FiveHasForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        chambers.get(id);
        if (!result.hasErrors()) {
            try {
                chambers.setFiveHas(id, form.toItems());
                redirect.addFlashAttribute("notice", "chamber.five-has.saved");
                return "redirect:/chambers/" + id;
            } catch (ValidationException e) {
                Binding.reject(result, e);
            }
        }
        return detail(model, id, form, null);
    }

    @PostMapping("/assessments")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','CHAMBER_SECRETARY')")
    String recordAssessment(@PathVariable long id, @Valid @ModelAttribute("assessmentForm") AssessmentForm form,
                            BindingResult result, Model model, RedirectAttributes redirect) {
        chambers.get(id);
        if (!result.hasErrors()) {
            try {
                chambers.recordAssessment(id, form.toAssessment());
                redirect.addFlashAttribute("notice", "chamber.assessment.saved");
                return "redirect:/chambers/" + id;
            } catch (ValidationException e) {
                Binding.reject(result, e);
            }
        }
        return detail(model, id, null, form);
    }

    private String detail(Model model, long id, FiveHasForm fiveHas, AssessmentForm assessment) {
        var chamber = chambers.get(id);
        model.addAttribute("chamber", chamber);
        model.addAttribute("fiveHasForm", fiveHas != null ? fiveHas : FiveHasForm.of(chamber));
        model.addAttribute("assessmentForm", assessment != null ? assessment
                : AssessmentForm.startingOn(LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        model.addAttribute("levels", AssessmentLevel.values());
        model.addAttribute("creditKind", CreditCode.isValid(chamber.creditCode())
                ? CreditCode.parse(chamber.creditCode()).kind() : null);
        return "chamber/detail";
    }
}
