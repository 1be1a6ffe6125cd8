package cn.qinqing.member.web;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.OrganisationKind;
import cn.qinqing.member.PoliticalAffiliation;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.web.ClientAddressResolver;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public application page (入会申请): a firm or a person applies without an account, to the
 * federation this deployment serves and the chambers they choose; staff review it afterwards.
 * Open to everyone (no {@code @PreAuthorize}); CSRF protection and a per-address limit stay on.
 */
@Controller
class ApplyPage {

    private final MemberService members;
    private final Federations federations;
    private final Chambers chambers;
    private final ApplicationRateLimit limit;
    private final ClientAddressResolver addresses;

    ApplyPage(MemberService members, Federations federations, Chambers chambers, ApplicationRateLimit limit,
              ClientAddressResolver addresses) {
        this.members = members;
        this.federations = federations;
        this.chambers = chambers;
        this.limit = limit;
        this.addresses = addresses;
    }

    @GetMapping("/apply")
    String form(@RequestParam(required = false) String type, Model model) {
        var form = new MemberForm();
        var chosen = Inputs.enumValue(MemberType.class, type, "type", "member.type.unknown", new ArrayList<>());
        form.setType(chosen == null ? null : chosen.name());
        return form(model, form);
    }

    @PostMapping("/apply")
    String apply(@ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
                 HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        var address = addresses.resolve(request);
        if (!limit.admit(address)) {
            response.setStatus(429);
            model.addAttribute("limited", true);
            return form(model, form);
        }
        // Applicants state no join date; it is set when the application is approved.
        form.setJoinedOn(null);
        if (result.hasErrors()) {
            return form(model, form);
        }
        try {
            var pageErrors = Inputs.blank(form.getMobile())
                    ? List.of(new FieldError("mobile", "member.mobile.required")) : List.<FieldError>of();
            var draft = Drafts.of(form, federations.home().regionCode(), pageErrors);
            var id = members.apply(draft, form.getChamberIds());
            limit.applied(address);
            redirect.addFlashAttribute("reference", DetailModel.reference(id, LocalDate.now(Drafts.ZONE).getYear()));
            redirect.addFlashAttribute("applicant", draft.name().strip());
            return "redirect:/apply/done";
        } catch (ValidationException e) {
            Binding.reject(result, e);
            return form(model, form);
        }
    }

    /** The confirmation with the application's reference; without one (a reload, a bookmark) back to the form. */
    @GetMapping("/apply/done")
    String done(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/apply";
        }
        model.addAttribute("federation", federations.home());
        return "member/applied";
    }

    private String form(Model model, MemberForm form) {
        var home = federations.home();
        model.addAttribute("memberForm", form);
        model.addAttribute("federation", home);
        model.addAttribute("types", MemberType.values());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("sizes", EnterpriseSize.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("affiliations", PoliticalAffiliation.values());
        model.addAttribute("chamberChoices", chambers.choicesUnder(home.path()).stream()
                .filter(c -> c.federationId() == home.id()).toList());
        model.addAttribute("chambersFixed", false);
        return "member/apply";
    }
}
