package cn.qinqing.organisation;

/** Filters of the department list; null means "any". {@code name} matches part of the name. */
public record DepartmentFilter(String name, DepartmentKind kind, Boolean active, Long federationId) {

    public static DepartmentFilter none() {
        return new DepartmentFilter(null, null, null, null);
    }
}
