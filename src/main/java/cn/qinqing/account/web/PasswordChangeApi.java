package cn.qinqing.account.web;

import cn.qinqing.account.AccountException;
import cn.qinqing.account.AccountService;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code POST /api/v1/account/password}: the caller changes its own password. */
@ApiController("/api/v1/account")
class PasswordChangeApi {

    private final AccountService accounts;

    PasswordChangeApi(AccountService accounts) {
        this.accounts = accounts;
    }

    record PasswordChange(@NotBlank @Size(max = 64) String currentPassword,
                          @NotBlank @Size(max = 64) String newPassword) {
    }

    @PostMapping("/password")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> change(@Valid @RequestBody PasswordChange request) {
        try {
            accounts.changePassword(CurrentUser.get(), request.currentPassword(), request.newPassword());
        } catch (AccountException e) {
            throw new ValidationException(e.field(), e.messageKey());
        }
        return ResponseEntity.noContent().build();
    }
}
