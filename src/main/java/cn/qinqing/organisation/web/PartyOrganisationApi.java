package cn.qinqing.organisation.web;

import cn.qinqing.organisation.PartyOrganisation;
import cn.qinqing.organisation.PartyOrganisationFilter;
import cn.qinqing.organisation.PartyOrganisationKind;
import cn.qinqing.organisation.PartyOrganisations;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/party-organisations}: party organisations (党组织) in the caller's scope. */
@ApiController("/api/v1/party-organisations")
class PartyOrganisationApi {

    static final String READERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')";
    static final String WRITERS = "hasAnyRole('STAFF','LEADER','CHAMBER_SECRETARY')";

    private final PartyOrganisations party;

    PartyOrganisationApi(PartyOrganisations party) {
        this.party = party;
    }

    @GetMapping
    @PreAuthorize(READERS)
    PageView<PartyOrganisation> list(@RequestParam(required = false) PartyOrganisationKind kind,
                                     @RequestParam(required = false) String name,
                                     @RequestParam(required = false) PartyOrganisationFilter.Attachment attachment,
                                     @RequestParam(required = false) Long federationId,
                                     @RequestParam(required = false) Long chamberId,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size) {
        var filter = new PartyOrganisationFilter(kind, name, attachment, federationId, chamberId);
        return party.list(CurrentUser.get(), filter, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    PartyOrganisation get(@PathVariable long id) {
        return party.get(CurrentUser.get(), id);
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<PartyOrganisation> create(@Valid @RequestBody PartyForm form) {
        var created = party.create(CurrentUser.get(), form.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/party-organisations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    PartyOrganisation update(@PathVariable long id, @Valid @RequestBody PartyForm form) {
        return party.update(CurrentUser.get(), id, form.toDraft());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(WRITERS)
    ResponseEntity<Void> delete(@PathVariable long id) {
        party.delete(CurrentUser.get(), id);
        return ResponseEntity.noContent().build();
    }
}
