package cn.qinqing.member.web;

import cn.qinqing.member.MemberException;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.shared.web.Problems;
import cn.qinqing.shared.web.ValidationException;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review and life-cycle forms of a member's page: approve (with a member number or the next
 * free one), reject, end (lapsed, withdrawn, expelled) and re-admit, each with its reason. A step
 * the status no longer allows (say, approved in another window meanwhile) is explained at the top.
 */
@Controller
class MemberReviewPages {

    private final MemberService members;
    private final DetailModel detail;
    private final Problems problems;

    MemberReviewPages(MemberService members, DetailModel detail, Problems problems) {
        this.members = members;
        this.detail = detail;
        this.problems = problems;
    }

    @PostMapping("/members/{id}/approve")
    @PreAuthorize(Access.WRITERS)
    String approve(@PathVariable long id, @ModelAttribute("approveForm") DecisionForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        return step(id, result, model, redirect, "member.approved", i -> members.approve(i, form.getMemberNumber()));
    }

    @PostMapping("/members/{id}/reject")
    @PreAuthorize(Access.WRITERS)
    String reject(@PathVariable long id, @ModelAttribute("rejectForm") DecisionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return step(id, result, model, redirect, "member.rejected", i -> members.reject(i, form.getReason()));
    }

    @PostMapping("/members/{id}/end")
    @PreAuthorize(Access.WRITERS)
    String end(@PathVariable long id, @ModelAttribute("endForm") DecisionForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        return step(id, result, model, redirect, "member.ended", i -> {
            var errors = new ArrayList<ValidationException.FieldError>();
            var status = Inputs.enumValue(MemberStatus.class, form.getStatus(), "status", "member.end.status", errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            members.end(i, status, form.getReason());
        });
    }

    @PostMapping("/members/{id}/readmit")
    @PreAuthorize(Access.WRITERS)
    String readmit(@PathVariable long id, @ModelAttribute("readmitForm") DecisionForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        return step(id, result, model, redirect, "member.readmitted", i -> members.readmit(i, form.getReason()));
    }

    private String step(long id, BindingResult result, Model model, RedirectAttributes redirect, String notice,
                        Consumer<Long> action) {
        members.get(id);
        try {
            action.accept(id);
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/members/" + id;
        } catch (ValidationException e) {
            Binding.reject(result, e);
            return detail.fill(model, id);
        } catch (MemberException e) {
            redirect.addFlashAttribute("problem", problems.message(e.messageKey(), e.args()));
            return "redirect:/members/" + id;
        }
    }
}
