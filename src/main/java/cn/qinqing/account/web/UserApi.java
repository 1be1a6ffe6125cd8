package cn.qinqing.account.web;

import cn.qinqing.account.AccountAdministration;
import cn.qinqing.account.AccountAdministration.NewAccount;
import cn.qinqing.account.AccountFilter;
import cn.qinqing.account.AccountView;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /api/v1/users}: the system administrator manages accounts; the security administrator
 * may read them (it grants their roles through {@link RoleApi}).
 */
@ApiController("/api/v1/users")
class UserApi {

    private final AccountAdministration administration;

    UserApi(AccountAdministration administration) {
        this.administration = administration;
    }

    record CreateRequest(@NotBlank @Size(max = 32) String username,
                         @NotBlank @Size(max = 50) String displayName,
                         @NotBlank @Size(max = 64) String password,
                         @Positive Long federationId) {
    }

    record PasswordResetRequest(@NotBlank @Size(max = 64) String password) {
    }

    record EnabledRequest(@NotNull Boolean enabled) {
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<AccountView> create(@Valid @RequestBody CreateRequest request) {
        var created = administration.create(CurrentUser.get(), new NewAccount(request.username(),
                request.displayName(), request.password(), request.federationId()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    PageView<AccountView> list(@RequestParam(required = false) String name,
                               @RequestParam(required = false) String role,
                               @RequestParam(required = false) String status,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size) {
        return administration.search(CurrentUser.get(), new AccountFilter(name, role, status), page, size);
    }

    @GetMapping("/{username}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','SECURITY_ADMIN')")
    AccountView one(@PathVariable String username) {
        return administration.get(CurrentUser.get(), username);
    }

    @PostMapping("/{username}/password-reset")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<Void> resetPassword(@PathVariable String username,
                                       @Valid @RequestBody PasswordResetRequest request) {
        administration.resetPassword(CurrentUser.get(), username, request.password());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/unlock")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        administration.unlock(CurrentUser.get(), username);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{username}/enabled")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<Void> enabled(@PathVariable String username, @Valid @RequestBody EnabledRequest request) {
        administration.setEnabled(CurrentUser.get(), username, request.enabled());
        return ResponseEntity.noContent().build();
    }
}
