package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealCategories;
import cn.qinqing.appeal.AppealSubject;
import cn.qinqing.appeal.AttachmentProperties;
import cn.qinqing.appeal.AttachmentType;
import cn.qinqing.appeal.PublicAppeals;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.web.ClientAddressResolver;
import cn.qinqing.shared.web.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public appeal form (企业诉求在线提交) for firms without an account: no login, phone-width first,
 * CSRF protection and a per-address limit on, a one-time code to the contact mobile. Anything refused
 * - a field, a file, the code - shows next to its field with everything typed kept; the case is filed
 * only when all of it passes. Then a receipt with the tracking number and due date.
 */
@Controller
class PublicAppealPage {

    static final String FORM = "appealForm";

    private final PublicAppeals appeals;
    private final AppealCategories categories;
    private final Federations federations;
    private final AttachmentProperties limits;
    private final PublicRateLimit limit;
    private final ClientAddressResolver addresses;

    PublicAppealPage(PublicAppeals appeals, AppealCategories categories, Federations federations,
                     AttachmentProperties limits, PublicRateLimit limit, ClientAddressResolver addresses) {
        this.appeals = appeals;
        this.categories = categories;
        this.federations = federations;
        this.limits = limits;
        this.limit = limit;
        this.addresses = addresses;
    }

    @GetMapping("/public/appeals/new")
    @PreAuthorize("permitAll()")
    String form(Model model) {
        var form = new PublicAppealForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        return render(model, form);
    }

    @PostMapping("/public/appeals/new")
    @PreAuthorize("permitAll()")
    String submit(@ModelAttribute(FORM) PublicAppealForm form, BindingResult result, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        var address = addresses.resolve(request);
        if (form.getSubmissionKey() == null || form.getSubmissionKey().isBlank() || form.getSubmissionKey().length() > 100) {
            form.setSubmissionKey(UUID.randomUUID().toString());
        }
        if (!limit.admitSubmission(address)) {
            response.setStatus(429);
            model.addAttribute("limited", true);
            return refused(model, form);
        }
        if (result.hasErrors()) {
            return refused(model, form);
        }
        try {
            var receipt = appeals.submit(form.draft(), form.getSubmissionKey(), Uploads.of(form.getFiles()), address);
            if (receipt.created()) {
                limit.filed(address);
            }
            // Plain values: flash attributes travel in the session.
            redirect.addFlashAttribute("trackingNumber", receipt.trackingNumber());
            redirect.addFlashAttribute("dueDate", receipt.dueDate());
            return "redirect:/public/appeals/done";
        } catch (ValidationException e) {
            Binding.reject(result, e);
            return refused(model, form);
        }
    }

    /** The receipt, once after filing; without one (a reload, a bookmark) back to the form. */
    @GetMapping("/public/appeals/done")
    @PreAuthorize("permitAll()")
    String done(Model model) {
        if (!model.containsAttribute("trackingNumber")) {
            return "redirect:/public/appeals/new";
        }
        model.addAttribute("federation", federations.home());
        return "appeal/public-done";
    }

    /** The form again after a refusal: as typed, with the files named that have to be chosen again. */
    private String refused(Model model, PublicAppealForm form) {
        model.addAttribute("reattach", Uploads.names(form.getFiles()));
        return render(model, form);
    }

    private String render(Model model, PublicAppealForm form) {
        model.addAttribute(FORM, form);
        model.addAttribute("federation", federations.home());
        var offered = categories.list();
        model.addAttribute("categories", offered);
        // Every subject some category offers, once each: the script narrows them to the chosen category.
        var subjects = new LinkedHashMap<String, AppealSubject>();
        offered.forEach(c -> c.subjects().forEach(s -> subjects.putIfAbsent(s.code(), s)));
        model.addAttribute("subjects", subjects.values());
        model.addAttribute("limits", limits);
        model.addAttribute("accept", AttachmentType.accept());
        model.addAttribute("purpose", PublicAppeals.SUBMIT_PURPOSE);
        return "appeal/public-new";
    }
}
