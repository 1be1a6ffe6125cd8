package cn.qinqing.organisation;

/**
 * A government department (政府部门) in a federation's region, e.g. 区公安分局 or 人民银行河口支行.
 *
 * @param federationId the federation whose region the department serves
 * @param active       false once the department no longer takes part (kept for history)
 */
public record Department(long id, long federationId, String federationName, String name, DepartmentKind kind,
                         String contactPerson, String phone, boolean active) {
}
