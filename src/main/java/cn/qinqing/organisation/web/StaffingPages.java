package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Federations;
import cn.qinqing.organisation.StaffingRecords;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import jakarta.validation.Valid;
import java.time.Year;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 编制岗位: a federation's staffing by year, with forms to record and correct a year. */
@Controller
@RequestMapping("/posts")
class StaffingPages {

    private final StaffingRecords staffing;
    private final Federations federations;

    StaffingPages(StaffingRecords staffing, Federations federations) {
        this.staffing = staffing;
        this.federations = federations;
    }

    @GetMapping
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String list(@RequestParam(required = false) Long federationId, Model model) {
        long id = federationId == null ? CurrentUser.get().federationId() : federationId;
        model.addAttribute("records", staffing.list(CurrentUser.get(), id));
        return withFederation(model, id, "posts/list");
    }

    @GetMapping("/{federationId}/new")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String newForm(@PathVariable long federationId, Model model) {
        model.addAttribute("staffingForm", new StaffingForm(Year.now().getValue(), null, null, null, ""));
        return withFederation(model, federationId, "posts/form");
    }

    @PostMapping("/{federationId}")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String create(@PathVariable long federationId, @Valid @ModelAttribute("staffingForm") StaffingForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                staffing.create(CurrentUser.get(), federationId, form.toDraft());
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/posts?federationId=" + federationId;
            } catch (ValidationException e) {
                Forms.reject(result, e);
            }
        }
        return withFederation(model, federationId, "posts/form");
    }

    @GetMapping("/{federationId}/{year}/edit")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String editForm(@PathVariable long federationId, @PathVariable int year, Model model) {
        model.addAttribute("staffingForm", StaffingForm.of(staffing.get(CurrentUser.get(), federationId, year)));
        model.addAttribute("year", year);
        return withFederation(model, federationId, "posts/form");
    }

    @PostMapping("/{federationId}/{year}")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String update(@PathVariable long federationId, @PathVariable int year,
                  @Valid @ModelAttribute("staffingForm") StaffingForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        staffing.get(CurrentUser.get(), federationId, year);
        model.addAttribute("year", year);
        if (!result.hasErrors()) {
            try {
                staffing.update(CurrentUser.get(), federationId, year, form.toDraft());
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/posts?federationId=" + federationId;
            } catch (ValidationException e) {
                Forms.reject(result, e);
            }
        }
        return withFederation(model, federationId, "posts/form");
    }

    @PostMapping("/{federationId}/{year}/delete")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String delete(@PathVariable long federationId, @PathVariable int year, RedirectAttributes redirect) {
        staffing.delete(CurrentUser.get(), federationId, year);
        redirect.addFlashAttribute("notice", "staffing.deleted");
        return "redirect:/posts?federationId=" + federationId;
    }

    private String withFederation(Model model, long federationId, String view) {
        var scope = CurrentUser.get().scope();
        model.addAttribute("federation", federations.visible(federationId, scope).orElseThrow(NotFoundException::new));
        model.addAttribute("federations", federations.visible(scope));
        return view;
    }
}
