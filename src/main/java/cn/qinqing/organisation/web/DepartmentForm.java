package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Department;
import cn.qinqing.organisation.DepartmentDraft;
import cn.qinqing.organisation.DepartmentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A government department as the form and the API submit it; without federationId the caller's own. */
record DepartmentForm(Long federationId,
                      @NotBlank @Size(max = 100) String name,
                      @NotNull DepartmentKind kind,
                      @Size(max = 50) String contactPerson,
                      @Size(max = 20) String phone,
                      Boolean active) {

    static DepartmentForm blank(long federationId) {
        return new DepartmentForm(federationId, "", null, "", "", true);
    }

    static DepartmentForm of(Department d) {
        return new DepartmentForm(d.federationId(), d.name(), d.kind(), d.contactPerson(), d.phone(), d.active());
    }

    DepartmentDraft toDraft() {
        return new DepartmentDraft(federationId, name, kind, contactPerson, phone, active);
    }
}
