package cn.qinqing.organisation.web;

import cn.qinqing.organisation.ChamberKind;
import cn.qinqing.organisation.ChamberRules;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.PageLinks;
import cn.qinqing.shared.web.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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

/** The chamber pages: the list with its filters, and the form to create or edit a chamber. */
@Controller
@RequestMapping("/chambers")
class ChamberPages {

    static final int PAGE_SIZE = 20;

    private final Chambers chambers;
    private final Federations federations;

    ChamberPages(Chambers chambers, Federations federations) {
        this.chambers = chambers;
        this.federations = federations;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        var text = q == null ? null : (q.length() > 100 ? q.substring(0, 100) : q);
        var parsedKind = Enums.parse(ChamberKind.class, kind);
        var result = chambers.list(text, parsedKind, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("chambers", result);
        model.addAttribute("links", PageLinks.of(request, result));
        model.addAttribute("q", text);
        model.addAttribute("kind", parsedKind);
        model.addAttribute("kinds", ChamberKind.values());
        return "chamber/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String createForm(Model model) {
        return form(model, new ChamberForm(), null);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String create(@Valid @ModelAttribute("chamberForm") ChamberForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!checked(form, result)) {
            return form(model, form, null);
        }
        try {
            var chamber = chambers.create(form.toDraft());
            redirect.addFlashAttribute("notice", "chamber.saved");
            return "redirect:/chambers/" + chamber.id();
        } catch (ValidationException e) {
            Binding.reject(result, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String editForm(@PathVariable long id, Model model) {
        return form(model, ChamberForm.of(chambers.get(id)), id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String update(@PathVariable long id, @Valid @ModelAttribute("chamberForm") ChamberForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        chambers.get(id);
        if (!checked(form, result)) {
            return form(model, form, id);
        }
        try {
            chambers.update(id, form.toDraft());
            redirect.addFlashAttribute("notice", "chamber.saved");
            return "redirect:/chambers/" + id;
        } catch (ValidationException e) {
            Binding.reject(result, e);
            return form(model, form, id);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            chambers.delete(id);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("alert", e.messageKey());
            redirect.addFlashAttribute("alertArgs", e.args());
            return "redirect:/chambers/" + id;
        }
        redirect.addFlashAttribute("notice", "chamber.deleted");
        return "redirect:/chambers";
    }

    /** False when the form has errors; then the credit code is checked too, so every error shows at once. */
    private static boolean checked(ChamberForm form, BindingResult result) {
        if (!result.hasErrors()) {
            return true;
        }
        if (!result.hasFieldErrors(ChamberRules.CREDIT_CODE)) {
            ChamberRules.creditCodeError(form.getCreditCode()).ifPresent(e -> Binding.reject(result, e));
        }
        return false;
    }

    private String form(Model model, ChamberForm form, Long id) {
        model.addAttribute("chamberForm", form);
        model.addAttribute("chamberId", id);
        model.addAttribute("kinds", ChamberKind.values());
        model.addAttribute("federations", federations.subtree(CurrentUser.get().scope().federationPath()));
        return "chamber/form";
    }
}
