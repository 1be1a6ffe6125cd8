package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealAttachments;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.Problems;
import cn.qinqing.shared.web.ValidationException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a file on a case's page ({@code POST /appeals/{id}/attachments}); back to the case with the
 * outcome shown in the attachments card. Downloads go through the API path, which pages share.
 */
@Controller
class AppealAttachmentPage {

    private final AppealAttachments attachments;
    private final Problems problems;

    AppealAttachmentPage(AppealAttachments attachments, Problems problems) {
        this.attachments = attachments;
        this.problems = problems;
    }

    @PostMapping("/appeals/{id}/attachments")
    @PreAuthorize(AppealAttachmentApi.ATTACHERS)
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        var upload = Uploads.of(file == null ? List.of() : List.of(file));
        try {
            if (upload.isEmpty()) {
                throw new ValidationException("file", "appeal-attachment.file.required");
            }
            var added = attachments.attach(id, upload.get(0));
            redirect.addFlashAttribute("attachmentNotice", problems.message("appeal-attachment.added", added.name()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("attachmentError", e.errors().stream()
                    .map(f -> problems.message(f.messageKey(), f.args())).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("attachmentError", List.of(problems.message(e.messageKey(), e.args())));
        }
        return "redirect:/appeals/" + id + "#attachments";
    }
}
