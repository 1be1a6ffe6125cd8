package cn.qinqing.member.web;

import cn.qinqing.member.MemberException;
import cn.qinqing.member.MemberRecordService;
import cn.qinqing.shared.web.Problems;
import cn.qinqing.shared.web.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The posts-held and dues forms of a member's page; federation staff and leaders keep them. */
@Controller
class MemberRecordPages {

    private final MemberRecordService records;
    private final DetailModel detail;
    private final Problems problems;

    MemberRecordPages(MemberRecordService records, DetailModel detail, Problems problems) {
        this.records = records;
        this.detail = detail;
        this.problems = problems;
    }

    @PostMapping("/members/{id}/posts")
    @PreAuthorize(Access.KEEPERS)
    String addPost(@PathVariable long id, @ModelAttribute("postForm") PostForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        records.posts(id);
        try {
            records.addPost(id, form.toDraft());
            redirect.addFlashAttribute("notice", "member.post.added");
            return "redirect:/members/" + id + "#posts";
        } catch (ValidationException e) {
            Binding.reject(result, e);
            return detail.fill(model, id);
        }
    }

    @PostMapping("/members/{id}/posts/{postId}/delete")
    @PreAuthorize(Access.KEEPERS)
    String removePost(@PathVariable long id, @PathVariable long postId, RedirectAttributes redirect) {
        records.removePost(id, postId);
        redirect.addFlashAttribute("notice", "member.post.removed");
        return "redirect:/members/" + id + "#posts";
    }

    @PostMapping("/members/{id}/dues")
    @PreAuthorize(Access.KEEPERS)
    String recordDues(@PathVariable long id, @ModelAttribute("duesForm") DuesForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        records.dues(id);
        try {
            records.recordDues(id, form.toDues(null));
            redirect.addFlashAttribute("notice", "member.dues.recorded");
            return "redirect:/members/" + id + "#dues";
        } catch (ValidationException e) {
            Binding.reject(result, e);
            return detail.fill(model, id);
        } catch (MemberException e) {
            redirect.addFlashAttribute("problem", problems.message(e.messageKey(), e.args()));
            return "redirect:/members/" + id + "#dues";
        }
    }
}
