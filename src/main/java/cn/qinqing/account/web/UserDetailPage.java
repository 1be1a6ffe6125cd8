package cn.qinqing.account.web;

import cn.qinqing.account.AccountAdministration;
import cn.qinqing.account.AccountView;
import cn.qinqing.account.RoleAdministration;
import cn.qinqing.account.RoleAdministration.RoleAssignment;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One account: its details, and the forms of whoever may act on it - password reset, unlock and
 * enable/disable for the system administrator, the roles for the security administrator.
 */
@Controller
@RequestMapping("/users/{username}")
class UserDetailPage {

    private final AccountAdministration administration;
    private final RoleAdministration roles;

    UserDetailPage(AccountAdministration administration, RoleAdministration roles) {
        this.administration = administration;
        this.roles = roles;
    }

    record ResetForm(@NotBlank @Size(max = 64) String password, @NotBlank @Size(max = 64) String confirmPassword) {
    }

    /** The ids stay text so that whatever was typed comes back with its message. */
    record RolesForm(@Size(max = 20) List<String> roles, @Size(max = 18) String chamberId,
                     @Size(max = 18) String memberId, @Size(max = 18) String departmentId) {

        static RolesForm of(AccountView account) {
            return new RolesForm(account.roles(), text(account.chamberId()), text(account.memberId()),
                    text(account.departmentId()));
        }

        private static String text(Long id) {
            return id == null ? "" : id.toString();
        }
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    String show(@PathVariable String username, Model model) {
        var account = administration.get(CurrentUser.get(), username);
        model.addAttribute("resetForm", new ResetForm("", ""));
        model.addAttribute("rolesForm", RolesForm.of(account));
        return page(account, model);
    }

    @PostMapping("/password-reset")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String reset(@PathVariable String username, @Valid @ModelAttribute("resetForm") ResetForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        var account = administration.get(CurrentUser.get(), username);
        model.addAttribute("rolesForm", RolesForm.of(account));
        if (!result.hasErrors() && !form.password().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.confirm-mismatch");
        }
        if (result.hasErrors()) {
            return page(account, model);
        }
        try {
            administration.resetPassword(CurrentUser.get(), username, form.password());
        } catch (ValidationException e) {
            Forms.reject(result, e);
            return page(account, model);
        } catch (ConflictException e) {
            return refused(account, model, e);
        }
        redirect.addFlashAttribute("notice", "account.password-reset.done");
        return "redirect:/users/" + account.username();
    }

    @PostMapping("/unlock")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        var account = administration.get(CurrentUser.get(), username);
        administration.unlock(CurrentUser.get(), account.username());
        redirect.addFlashAttribute("notice", "account.unlocked");
        return "redirect:/users/" + account.username();
    }

    @PostMapping("/enabled")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, Model model,
                   RedirectAttributes redirect) {
        var account = administration.get(CurrentUser.get(), username);
        try {
            administration.setEnabled(CurrentUser.get(), account.username(), enabled);
        } catch (ConflictException e) {
            model.addAttribute("resetForm", new ResetForm("", ""));
            model.addAttribute("rolesForm", RolesForm.of(account));
            return refused(account, model, e);
        }
        redirect.addFlashAttribute("notice", enabled ? "account.enabled.done" : "account.disabled.done");
        return "redirect:/users/" + account.username();
    }

    @PostMapping("/roles")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    String roles(@PathVariable String username, @Valid @ModelAttribute("rolesForm") RolesForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        var account = administration.get(CurrentUser.get(), username);
        model.addAttribute("resetForm", new ResetForm("", ""));
        if (result.hasErrors()) {
            return page(account, model);
        }
        var chamberId = id(form.chamberId(), "chamberId", result);
        var memberId = id(form.memberId(), "memberId", result);
        var departmentId = id(form.departmentId(), "departmentId", result);
        if (result.hasErrors()) {
            return page(account, model);
        }
        try {
            roles.replace(CurrentUser.get(), account.username(), new RoleAssignment(
                    form.roles() == null ? List.of() : form.roles(), chamberId, memberId, departmentId));
        } catch (ValidationException e) {
            Forms.reject(result, e);
            return page(account, model);
        }
        redirect.addFlashAttribute("notice", "account.roles.saved");
        return "redirect:/users/" + account.username();
    }

    private static Long id(String text, String field, BindingResult result) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            result.rejectValue(field, "account.roles.binding-positive");
            return null;
        }
    }

    private String refused(AccountView account, Model model, ConflictException e) {
        model.addAttribute("refusal", e.messageKey());
        return page(account, model);
    }

    private static String page(AccountView account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("allRoles", Role.values());
        return "account/user";
    }
}
