package cn.qinqing.member.web;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.OrganisationKind;
import cn.qinqing.member.PoliticalAffiliation;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ValidationException;
import java.util.ArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff form: an application entered on someone's behalf ({@code /members/new}) and the
 * correction of a member's details ({@code /members/{id}/edit}). A chamber secretary enters
 * members of its own chamber only.
 */
@Controller
class MemberFormPages {

    private final MemberService members;
    private final Chambers chambers;
    private final Federations federations;

    MemberFormPages(MemberService members, Chambers chambers, Federations federations) {
        this.members = members;
        this.chambers = chambers;
        this.federations = federations;
    }

    @GetMapping("/members/new")
    @PreAuthorize(Access.WRITERS)
    String createForm(@RequestParam(required = false) String type, Model model) {
        var form = new MemberForm();
        var chosen = Inputs.enumValue(MemberType.class, type, "type", "member.type.unknown", new ArrayList<>());
        form.setType(chosen == null ? null : chosen.name());
        return form(model, form, null);
    }

    @PostMapping("/members")
    @PreAuthorize(Access.WRITERS)
    String create(@ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            var region = federations.byId(CurrentUser.get().federationId()).orElseThrow().regionCode();
            var id = members.register(Drafts.of(form, region), form.getChamberIds());
            redirect.addFlashAttribute("notice", "member.registered");
            return "redirect:/members/" + id;
        } catch (ValidationException e) {
            Binding.reject(result, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/members/{id}/edit")
    @PreAuthorize(Access.WRITERS)
    String editForm(@PathVariable long id, Model model) {
        return form(model, MemberForm.of(members.get(id)), id);
    }

    @PostMapping("/members/{id}/edit")
    @PreAuthorize(Access.WRITERS)
    String update(@PathVariable long id, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        var current = members.get(id);
        if (result.hasErrors()) {
            return form(model, form, id);
        }
        try {
            var region = federations.byId(current.federationId()).orElseThrow().regionCode();
            members.update(id, Drafts.of(form, region), form.getChamberIds());
            redirect.addFlashAttribute("notice", "member.saved");
            return "redirect:/members/" + id;
        } catch (ValidationException e) {
            Binding.reject(result, e);
            return form(model, form, id);
        }
    }

    private String form(Model model, MemberForm form, Long id) {
        var scope = CurrentUser.get().scope();
        model.addAttribute("memberForm", form);
        model.addAttribute("memberId", id);
        model.addAttribute("types", MemberType.values());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("sizes", EnterpriseSize.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("affiliations", PoliticalAffiliation.values());
        model.addAttribute("chamberChoices", chambers.choicesUnder(scope.federationPath()).stream()
                .filter(c -> !scope.singleChamber() || c.id() == scope.chamberId()).toList());
        model.addAttribute("chambersFixed", scope.singleChamber());
        return "member/form";
    }
}
