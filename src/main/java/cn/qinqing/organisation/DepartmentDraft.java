package cn.qinqing.organisation;

/** What a caller submits to register or change a department; without federationId the caller's own. */
public record DepartmentDraft(Long federationId, String name, DepartmentKind kind, String contactPerson,
                              String phone, Boolean active) {
}
