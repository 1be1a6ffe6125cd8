package cn.qinqing.account.web;

import cn.qinqing.account.AccountView;
import cn.qinqing.account.RoleAdministration;
import cn.qinqing.account.RoleAdministration.RoleAssignment;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code PUT /api/v1/users/{username}/roles}: the security administrator replaces an account's roles. */
@ApiController("/api/v1/users")
class RoleApi {

    private final RoleAdministration roles;

    RoleApi(RoleAdministration roles) {
        this.roles = roles;
    }

    record RolesRequest(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 32) String> roles,
                        Long chamberId, Long memberId, Long departmentId) {
    }

    @PutMapping("/{username}/roles")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    AccountView replace(@PathVariable String username, @Valid @RequestBody RolesRequest request) {
        return roles.replace(CurrentUser.get(), username, new RoleAssignment(request.roles(), request.chamberId(),
                request.memberId(), request.departmentId()));
    }
}
