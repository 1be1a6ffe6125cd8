package cn.qinqing.shared.security;

/**
 * Roles (角色). The three administrators follow the 三员分立 rule of 等保 2.0: they exclude each
 * other and every business role, so no account is a superuser.
 */
public enum Role {
    /** 系统管理员: accounts and configuration; cannot grant roles or read the audit trail. */
    SYSTEM_ADMIN(true, Binding.NONE),
    /** 安全管理员: grants and revokes roles; no business data. */
    SECURITY_ADMIN(true, Binding.NONE),
    /** 安全审计员: reads the audit trail only. */
    AUDIT_ADMIN(true, Binding.NONE),
    /** 机关干部: federation cadre. */
    STAFF(false, Binding.NONE),
    /** 领导: federation leader. */
    LEADER(false, Binding.NONE),
    /** 商会秘书长: acts for one chamber. */
    CHAMBER_SECRETARY(false, Binding.CHAMBER),
    /** 会员: acts for one member. */
    MEMBER(false, Binding.MEMBER),
    /** 部门联络员: acts for one government department. */
    DEPARTMENT_LIAISON(false, Binding.DEPARTMENT),
    /** 兼职副主席. */
    VICE_CHAIR(false, Binding.NONE);

    /** What a bound role is bound to. */
    public enum Binding { NONE, CHAMBER, MEMBER, DEPARTMENT }

    private final boolean administrator;
    private final Binding binding;

    Role(boolean administrator, Binding binding) {
        this.administrator = administrator;
        this.binding = binding;
    }

    public boolean administrator() {
        return administrator;
    }

    public Binding binding() {
        return binding;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
