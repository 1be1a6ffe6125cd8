package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.organisation.PartyOrganisationFilter;
import cn.qinqing.organisation.PartyOrganisationKind;
import cn.qinqing.organisation.PartyOrganisations;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 党组织: list with filters, view, new, edit and delete. */
@Controller
@RequestMapping("/party-organisations")
class PartyOrganisationPages {

    private final Chambers chambers;

    private final PartyOrganisations party;
    private final Federations federations;

    PartyOrganisationPages(PartyOrganisations party, Federations federations, Chambers chambers) {
        this.chambers = chambers;
        this.party = party;
        this.federations = federations;
    }

    /** The list's filters as the search form submits them; malformed values are ignored. */
    record Search(PartyOrganisationKind kind, String name, PartyOrganisationFilter.Attachment attachment,
                  Long federationId, Integer page) {
    }

    @GetMapping
    @PreAuthorize(PartyOrganisationApi.READERS)
    String list(@ModelAttribute("search") Search search, BindingResult ignored, HttpServletRequest request,
                Model model) {
        var filter = new PartyOrganisationFilter(search.kind(), search.name(), search.attachment(),
                search.federationId(), null);
        var view = party.list(CurrentUser.get(), filter, search.page() == null ? 0 : search.page(), 20);
        model.addAttribute("result", view);
        model.addAttribute("links", PageLinks.of(request, view));
        return options(model, "party/list");
    }

    @GetMapping("/{id}")
    @PreAuthorize(PartyOrganisationApi.READERS)
    String show(@PathVariable long id, Model model) {
        var organisation = party.get(CurrentUser.get(), id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("writable", party.canWrite(CurrentUser.get(), organisation));
        return "party/detail";
    }

    @GetMapping("/new")
    @PreAuthorize(PartyOrganisationApi.WRITERS)
    String newForm(Model model) {
        model.addAttribute("partyForm", PartyForm.blank(CurrentUser.get().federationId()));
        return options(model, "party/form");
    }

    @PostMapping
    @PreAuthorize(PartyOrganisationApi.WRITERS)
    String create(@Valid @ModelAttribute("partyForm") PartyForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var created = party.create(CurrentUser.get(), form.toDraft());
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/party-organisations/" + created.id();
            } catch (ValidationException e) {
                Forms.reject(result, e);
            }
        }
        return options(model, "party/form");
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(PartyOrganisationApi.WRITERS)
    String editForm(@PathVariable long id, Model model) {
        var organisation = party.get(CurrentUser.get(), id);
        model.addAttribute("partyForm", PartyForm.of(organisation));
        model.addAttribute("id", id);
        return options(model, "party/form");
    }

    @PostMapping("/{id}")
    @PreAuthorize(PartyOrganisationApi.WRITERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("partyForm") PartyForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        party.get(CurrentUser.get(), id);
        model.addAttribute("id", id);
        if (!result.hasErrors()) {
            try {
                party.update(CurrentUser.get(), id, form.toDraft());
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/party-organisations/" + id;
            } catch (ValidationException e) {
                Forms.reject(result, e);
            }
        }
        return options(model, "party/form");
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(PartyOrganisationApi.WRITERS)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        party.delete(CurrentUser.get(), id);
        redirect.addFlashAttribute("notice", "party.deleted");
        return "redirect:/party-organisations";
    }

    private String options(Model model, String view) {
        model.addAttribute("kinds", PartyOrganisationKind.values());
        model.addAttribute("attachments", PartyOrganisationFilter.Attachment.values());
        model.addAttribute("federations", federations.visible(CurrentUser.get().scope()));
        var scope = CurrentUser.get().scope();
        model.addAttribute("chamberChoices", scope.none() ? java.util.List.of() : chambers.choicesUnder(scope.federationPath()));
        model.addAttribute("federationWriter", Forms.federationWriter());
        return view;
    }
}
