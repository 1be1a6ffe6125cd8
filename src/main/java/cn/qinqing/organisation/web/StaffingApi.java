package cn.qinqing.organisation.web;

import cn.qinqing.organisation.StaffingRecords;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code /api/v1/federations/{id}/staffing}: a federation's staffing by year (编制岗位). */
@ApiController("/api/v1/federations/{federationId}/staffing")
class StaffingApi {

    private final StaffingRecords staffing;

    StaffingApi(StaffingRecords staffing) {
        this.staffing = staffing;
    }

    @GetMapping
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    List<StaffingView> list(@PathVariable long federationId) {
        return staffing.list(CurrentUser.get(), federationId).stream().map(StaffingView::of).toList();
    }

    @GetMapping("/{year}")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    StaffingView get(@PathVariable long federationId, @PathVariable int year) {
        return StaffingView.of(staffing.get(CurrentUser.get(), federationId, year));
    }

    @PostMapping
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    ResponseEntity<StaffingView> create(@PathVariable long federationId, @Valid @RequestBody StaffingForm form) {
        var created = staffing.create(CurrentUser.get(), federationId, form.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/federations/" + federationId + "/staffing/" + created.year()))
                .body(StaffingView.of(created));
    }

    @PutMapping("/{year}")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    StaffingView update(@PathVariable long federationId, @PathVariable int year, @Valid @RequestBody StaffingForm form) {
        return StaffingView.of(staffing.update(CurrentUser.get(), federationId, year, form.toDraft()));
    }

    @DeleteMapping("/{year}")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    ResponseEntity<Void> delete(@PathVariable long federationId, @PathVariable int year) {
        staffing.delete(CurrentUser.get(), federationId, year);
        return ResponseEntity.noContent().build();
    }
}
