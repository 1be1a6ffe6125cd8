package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Federation;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.NotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code /api/v1/federations}: the federations in the caller's scope, and new subordinate ones. */
@ApiController("/api/v1/federations")
class FederationApi {

    private final Federations federations;

    FederationApi(Federations federations) {
        this.federations = federations;
    }

    @GetMapping
    @PreAuthorize(Forms.FEDERATION_READERS)
    List<Federation> list() {
        return federations.visible(CurrentUser.get().scope());
    }

    @GetMapping("/{id}")
    @PreAuthorize(Forms.FEDERATION_READERS)
    Federation get(@PathVariable long id) {
        return federations.visible(id, CurrentUser.get().scope()).orElseThrow(NotFoundException::new);
    }

    @PostMapping
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    ResponseEntity<Federation> create(@Valid @RequestBody FederationForm form) {
        var created = federations.create(CurrentUser.get().scope(), form.parentId(), form.name(), form.level(),
                form.regionCode());
        return ResponseEntity.created(URI.create("/api/v1/federations/" + created.id())).body(created);
    }
}
