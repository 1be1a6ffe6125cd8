package cn.qinqing.account.web;

import cn.qinqing.account.AccountException;
import cn.qinqing.account.AccountService;
import cn.qinqing.shared.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: the page every account meets first while it holds a one-time password. */
@Controller
@RequestMapping("/account/password")
@PreAuthorize("isAuthenticated()")
class PasswordChangePage {

    private final AccountService accounts;

    PasswordChangePage(AccountService accounts) {
        this.accounts = accounts;
    }

    record PasswordForm(@NotBlank @Size(max = 64) String currentPassword,
                        @NotBlank @Size(max = 64) String newPassword,
                        @NotBlank @Size(max = 64) String confirmPassword) {
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("forced", CurrentUser.get().mustChangePassword());
        return "account/password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("forced", CurrentUser.get().mustChangePassword());
        if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.confirm-mismatch");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        try {
            accounts.changePassword(CurrentUser.get(), form.currentPassword(), form.newPassword());
        } catch (AccountException e) {
            result.rejectValue(e.field(), e.messageKey());
            return "account/password";
        }
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
