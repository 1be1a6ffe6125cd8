package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /api/v1/organisation}: the caller's own federation. */
@ApiController("/api/v1/organisation")
class OrganisationApi {

    private final Federations federations;

    OrganisationApi(Federations federations) {
        this.federations = federations;
    }

    record FederationView(long id, String name, String level, String regionCode, Long parentId) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY','MEMBER','DEPARTMENT_LIAISON','SYSTEM_ADMIN')")
    FederationView mine() {
        var federation = federations.byId(CurrentUser.get().federationId()).orElseThrow(NotFoundException::new);
        return new FederationView(federation.id(), federation.name(), federation.level().name(),
                federation.regionCode(), federation.parentId());
    }
}
