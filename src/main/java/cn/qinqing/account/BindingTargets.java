package cn.qinqing.account;

/**
 * Answers whether the chamber, member or department a bound role names exists inside a
 * federation's scope. The account module cannot know these objects itself; the module that
 * owns them provides the bean. Until one does, bound roles cannot be granted.
 */
public interface BindingTargets {

    /** True when the chamber exists in the federation with this path or below it. */
    boolean chamberExists(long chamberId, String federationPath);

    /** True when the government department exists in the federation with this path or below it. */
    boolean departmentExists(long departmentId, String federationPath);

    /** True when the member exists in the federation with this path or below it. */
    boolean memberExists(long memberId, String federationPath);
}
