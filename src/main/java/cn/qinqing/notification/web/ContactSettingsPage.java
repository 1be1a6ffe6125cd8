package cn.qinqing.notification.web;

import cn.qinqing.notification.ContactSettings;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ValidationException;
import jakarta.validation.Valid;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知设置: where the signed-in user wants notices by e-mail and SMS; the mobile is shown masked. */
@Controller
@RequestMapping("/notifications/settings")
class ContactSettingsPage {

    private final ContactSettings contacts;

    ContactSettingsPage(ContactSettings contacts) {
        this.contacts = contacts;
    }

    @GetMapping
    @PreAuthorize(Access.BUSINESS_USERS)
    String form(Model model) {
        model.addAttribute("contactForm", ContactForm.of(contacts.get(CurrentUser.get().id())));
        return "notification/settings";
    }

    @PostMapping
    @PreAuthorize(Access.BUSINESS_USERS)
    String save(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                contacts.update(CurrentUser.get().id(), form.email(), form.mobile());
                redirect.addFlashAttribute("notice", "common.saved");
                return "redirect:/notifications/settings";
            } catch (ValidationException e) {
                for (var error : e.errors()) {
                    try {
                        result.rejectValue(error.field(), error.messageKey(), error.args(), error.messageKey());
                    } catch (NotReadablePropertyException notAField) {
                        result.reject(error.messageKey(), error.args(), error.messageKey());
                    }
                }
            }
        }
        return "notification/settings";
    }
}
