package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Department;
import cn.qinqing.organisation.DepartmentFilter;
import cn.qinqing.organisation.DepartmentKind;
import cn.qinqing.organisation.Departments;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/departments}: the government departments (政府部门) in the caller's scope. */
@ApiController("/api/v1/departments")
class DepartmentApi {

    private final Departments departments;

    DepartmentApi(Departments departments) {
        this.departments = departments;
    }

    @GetMapping
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    PageView<Department> list(@RequestParam(required = false) String name,
                              @RequestParam(required = false) DepartmentKind kind,
                              @RequestParam(required = false) Boolean active,
                              @RequestParam(required = false) Long federationId,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        return departments.list(CurrentUser.get(), new DepartmentFilter(name, kind, active, federationId), page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    Department get(@PathVariable long id) {
        return departments.get(CurrentUser.get(), id);
    }

    @PostMapping
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    ResponseEntity<Department> create(@Valid @RequestBody DepartmentForm form) {
        var created = departments.create(CurrentUser.get(), form.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/departments/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Forms.FEDERATION_WRITERS)
    Department update(@PathVariable long id, @Valid @RequestBody DepartmentForm form) {
        return departments.update(CurrentUser.get(), id, form.toDraft());
    }
}
