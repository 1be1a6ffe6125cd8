package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealAttachments;
import cn.qinqing.appeal.AppealCategories;
import cn.qinqing.appeal.AppealChannel;
import cn.qinqing.member.MemberDirectory;
import cn.qinqing.organisation.ChamberChoice;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import cn.qinqing.shared.web.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Filing a case ({@code /appeals/new}): a member on its phone files for itself; staff, leaders and
 * duty vice-chairs register a call, visit, letter, hotline transfer or duty-desk case with the
 * submitter, for a member ({@code ?memberId=}) or a firm that is not one.
 */
@Controller
class AppealIntakePage {

    private final AppealCategories categories;
    private final MemberDirectory members;
    private final Chambers chambers;
    private final AppealAttachments attachments;
    private final AttachmentModel attachmentModel;

    AppealIntakePage(AppealCategories categories, MemberDirectory members, Chambers chambers,
                     AppealAttachments attachments, AttachmentModel attachmentModel) {
        this.categories = categories;
        this.members = members;
        this.chambers = chambers;
        this.attachments = attachments;
        this.attachmentModel = attachmentModel;
    }

    @GetMapping("/appeals/new")
    @PreAuthorize(Access.FILERS)
    String form(@RequestParam(required = false) Long memberId, Model model) {
        var form = new IntakeForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setMemberId(memberId);
        return show(model, form);
    }

    @PostMapping("/appeals/new")
    @PreAuthorize(Access.FILERS)
    String submit(@ModelAttribute("intakeForm") IntakeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(model, form);
        }
        try {
            // The case and its files in one transaction: a refused file files nothing.
            var receipt = attachments.submit(form.draft(), form.getIdempotencyKey(), Uploads.of(form.getFiles()));
            redirect.addFlashAttribute("filed", true);
            return "redirect:/appeals/" + receipt.id();
        } catch (ValidationException e) {
            Binding.reject(result, e);
            model.addAttribute("reattach", Uploads.names(form.getFiles()));
            return show(model, form);
        }
    }

    private String show(Model model, IntakeForm form) {
        var user = CurrentUser.get();
        boolean staff = user.has(Role.STAFF) || user.has(Role.LEADER) || user.has(Role.VICE_CHAIR);
        model.addAttribute("intakeForm", form);
        model.addAttribute("staff", staff);
        attachmentModel.field(model);
        var offered = categories.list();
        model.addAttribute("categories", offered);
        model.addAttribute("subjects", offered.stream().flatMap(c -> c.subjects().stream()).distinct().toList());
        // Which categories offer each subject, for the script that narrows the subject list to the category.
        var offeredBy = new java.util.HashMap<String, String>();
        offered.forEach(c -> c.subjects().forEach(s -> offeredBy.merge(s.code(), c.code(), (a, b) -> a + " " + b)));
        model.addAttribute("offeredBy", offeredBy);
        model.addAttribute("channels", Arrays.stream(AppealChannel.values()).filter(AppealChannel::registeredByStaff).toList());
        var memberId = staff ? form.getMemberId() : user.grant(Role.MEMBER).map(RoleGrant::memberId).orElse(null);
        var member = memberId == null || (staff && !members.existsUnder(memberId, user.federationPath()))
                ? null : members.find(memberId).orElse(null);
        model.addAttribute("member", member);
        model.addAttribute("memberChambers", member == null ? List.<ChamberChoice>of() : chambersOf(user, member));
        return "appeal/new";
    }

    private List<ChamberChoice> chambersOf(QinqingUser user, MemberDirectory.Entry member) {
        return chambers.choicesUnder(user.federationPath()).stream()
                .filter(c -> member.chamberIds().contains(c.id())).toList();
    }
}
