package cn.qinqing.account;

import cn.qinqing.organisation.Chambers;
import cn.qinqing.member.MemberDirectory;
import cn.qinqing.organisation.Departments;
import org.springframework.stereotype.Component;

/**
 * Checks the chamber, department or member a bound role names against the modules that own them.
 */
@Component
class OrganisationBindingTargets implements BindingTargets {

    private final Chambers chambers;
    private final Departments departments;
    private final MemberDirectory members;

    OrganisationBindingTargets(Chambers chambers, Departments departments, MemberDirectory members) {
        this.chambers = chambers;
        this.members = members;
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
        return members.existsUnder(memberId, federationPath);
    }
}
