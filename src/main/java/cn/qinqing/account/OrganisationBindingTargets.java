package cn.qinqing.account;

import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Departments;
import org.springframework.stereotype.Component;

/**
 * Checks the chamber and department a bound role names against the organisation module.
 * Members have no module yet (the member registry is its own issue), so no member can be named
 * and a MEMBER grant is refused as naming an unknown member.
 */
@Component
class OrganisationBindingTargets implements BindingTargets {

    private final Chambers chambers;
    private final Departments departments;

    OrganisationBindingTargets(Chambers chambers, Departments departments) {
        this.chambers = chambers;
        this.departments = departments;
    }

    @Override
    public boolean chamberExists(long chamberId, String federationPath) {
        return chambers.isVisibleChamber(chamberId, federationPath);
    }

    @Override
    public boolean departmentExists(long departmentId, String federationPath) {
        return departments.isVisibleDepartment(departmentId, federationPath);
    }

    @Override
    public boolean memberExists(long memberId, String federationPath) {
        return false;
    }
}
