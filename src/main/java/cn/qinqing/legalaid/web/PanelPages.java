package cn.qinqing.legalaid.web;

import cn.qinqing.legalaid.LegalAidPanel;
import cn.qinqing.legalaid.PanelFilter;
import cn.qinqing.legalaid.PanelKind;
import cn.qinqing.legalaid.Speciality;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.CurrentUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 法律服务团: the panel of lawyers and mediators - list with filters, a member's page (the full
 * mobile only on a deliberate, audited request), new and edit forms that keep what was typed.
 */
@Controller
class PanelPages {

    private final LegalAidPanel panel;
    private final Federations federations;
    private final Chambers chambers;

    PanelPages(LegalAidPanel panel, Federations federations, Chambers chambers) {
        this.panel = panel;
        this.federations = federations;
        this.chambers = chambers;
    }

    /** The list's filters as the search form submits them; malformed values are ignored. */
    record Search(String name, PanelKind kind, Speciality speciality, Boolean active, Integer page) {
    }

    @GetMapping("/legal-aid")
    @PreAuthorize(Access.KEEPERS)
    String list(@ModelAttribute("search") Search search, BindingResult ignored, HttpServletRequest request,
                Model model) {
        var filter = new PanelFilter(search.name(), search.kind(), search.speciality(), search.active());
        var view = panel.list(filter, search.page() == null ? 0 : search.page(), 20);
        model.addAttribute("result", view);
        model.addAttribute("links", PageLinks.of(request, view));
        return options(model, "legal-aid/panel-list");
    }

    @GetMapping("/legal-aid/panel/{id}")
    @PreAuthorize(Access.KEEPERS)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("member", panel.get(id));
        return "legal-aid/panel-detail";
    }

    /** A POST, so that each look at the full number is deliberate; audited by the service. */
    @PostMapping("/legal-aid/panel/{id}/mobile")
    @PreAuthorize(Access.KEEPERS)
    String mobile(@PathVariable long id, Model model) {
        model.addAttribute("mobile", panel.mobile(id));
        return show(id, model);
    }

    @GetMapping("/legal-aid/panel/new")
    @PreAuthorize(Access.KEEPERS)
    String newForm(Model model) {
        model.addAttribute("panelMemberForm", PanelMemberForm.blank(CurrentUser.get().federationId()));
        return options(model, "legal-aid/panel-form");
    }

    @PostMapping("/legal-aid/panel")
    @PreAuthorize(Access.KEEPERS)
    String create(@Valid @ModelAttribute("panelMemberForm") PanelMemberForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = panel.create(form.toDraft());
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/legal-aid/panel/" + created.id();
            } catch (ValidationException e) {
                Access.reject(result, e);
            }
        }
        return options(model, "legal-aid/panel-form");
    }

    @GetMapping("/legal-aid/panel/{id}/edit")
    @PreAuthorize(Access.KEEPERS)
    String editForm(@PathVariable long id, Model model) {
        var member = panel.get(id);
        model.addAttribute("panelMemberForm", PanelMemberForm.of(member));
        model.addAttribute("member", member);
        return options(model, "legal-aid/panel-form");
    }

    @PostMapping("/legal-aid/panel/{id}")
    @PreAuthorize(Access.KEEPERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("panelMemberForm") PanelMemberForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("member", panel.get(id));
        if (!result.hasErrors()) {
            try {
                panel.update(id, form.toDraft());
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/legal-aid/panel/" + id;
            } catch (ValidationException e) {
                Access.reject(result, e);
            }
        }
        return options(model, "legal-aid/panel-form");
    }

    private String options(Model model, String view) {
        var scope = CurrentUser.get().scope();
        model.addAttribute("kinds", PanelKind.values());
        model.addAttribute("specialities", Speciality.values());
        model.addAttribute("federations", federations.visible(scope));
        model.addAttribute("chambers", chambers.choicesUnder(scope.federationPath()));
        return view;
    }
}
