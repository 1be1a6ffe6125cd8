package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Federation;
import cn.qinqing.organisation.FederationLevel;
import cn.qinqing.organisation.Federations;
import cn.qinqing.organisation.PartyOrganisations;
import cn.qinqing.organisation.StaffingRecords;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
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

/** 工商联: the tree of federations in the caller's scope, one federation's page, new subordinates. */
@Controller
@RequestMapping("/federations")
class FederationPages {

    private final Federations federations;
    private final StaffingRecords staffing;
    private final PartyOrganisations party;

    FederationPages(Federations federations, StaffingRecords staffing, PartyOrganisations party) {
        this.federations = federations;
        this.staffing = staffing;
        this.party = party;
    }

    /** A federation with its depth below the top of the caller's tree, for indenting. */
    record Row(Federation federation, int depth) {
    }

    @GetMapping
    @PreAuthorize(Forms.FEDERATION_READERS)
    String list(Model model) {
        var tree = federations.visible(CurrentUser.get().scope());
        int top = tree.isEmpty() ? 0 : depth(tree.get(0));
        model.addAttribute("rows", tree.stream().map(f -> new Row(f, depth(f) - top)).toList());
        return "federation/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Forms.FEDERATION_READERS)
    String show(@PathVariable long id, Model model) {
        var scope = CurrentUser.get().scope();
        var federation = federations.visible(id, scope).orElseThrow(NotFoundException::new);
        model.addAttribute("federation", federation);
        model.addAttribute("parent", federation.parentId() == null ? null
                : federations.visible(federation.parentId(), scope).orElse(null));
        model.addAttribute("children", federations.subtree(federation.path()).stream()
                .filter(f -> Long.valueOf(federation.id()).equals(f.parentId())).toList());
        model.addAttribute("partyOrganisations", party.ofFederation(CurrentUser.get(), id));
        model.addAttribute("staffing", Forms.federationWriter() ? staffing.list(CurrentUser.get(), id) : List.of());
        return "federation/detail";
    }

    @GetMapping("/new")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String newForm(@RequestParam(required = false) Long parentId, Model model) {
        model.addAttribute("federationForm", new FederationForm(parentId, "", null, ""));
        return form(model);
    }

    @PostMapping
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    String create(@Valid @ModelAttribute("federationForm") FederationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            var created = federations.create(CurrentUser.get().scope(), form.parentId(), form.name(), form.level(),
                    form.regionCode());
            redirect.addFlashAttribute("notice", "common.saved");
            return "redirect:/federations/" + created.id();
        } catch (ValidationException e) {
            Forms.reject(result, e);
            return form(model);
        }
    }

    private String form(Model model) {
        var parents = federations.visible(CurrentUser.get().scope()).stream()
                .filter(f -> f.level() != FederationLevel.DISTRICT).toList();
        model.addAttribute("parents", parents);
        model.addAttribute("levels", Arrays.stream(FederationLevel.values())
                .filter(l -> l != FederationLevel.NATIONAL).toList());
        return "federation/form";
    }

    private static int depth(Federation federation) {
        return (int) federation.path().chars().filter(c -> c == '/').count();
    }
}
