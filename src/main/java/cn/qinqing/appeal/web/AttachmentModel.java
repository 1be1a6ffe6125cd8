package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealAttachments;
import cn.qinqing.appeal.AttachmentProperties;
import cn.qinqing.appeal.AttachmentType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the attachment fragments of the intake and case pages need in the model. */
@Component
class AttachmentModel {

    private final AppealAttachments attachments;
    private final AttachmentProperties limits;

    AttachmentModel(AppealAttachments attachments, AttachmentProperties limits) {
        this.attachments = attachments;
        this.limits = limits;
    }

    /** For {@code appeal/attachments :: field}: the limits and the types the file input offers. */
    void field(Model model) {
        model.addAttribute("limits", limits);
        model.addAttribute("accept", AttachmentType.accept());
    }

    /** For {@code appeal/attachments :: card}: the case's files and whether the caller may add one. */
    void card(Model model, long appealId) {
        field(model);
        model.addAttribute("attachments", attachments.list(appealId));
        model.addAttribute("mayAttach", attachments.mayAttach(appealId));
    }
}
