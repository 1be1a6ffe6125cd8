package cn.qinqing.account;

/**
 * Filters of the user list (用户管理); every part is optional.
 *
 * @param name   part of the username or the display name
 * @param role   a role name the account holds
 * @param status ENABLED, DISABLED or LOCKED
 */
public record AccountFilter(String name, String role, String status) {

    public enum Status { ENABLED, DISABLED, LOCKED }

    public static AccountFilter none() {
        return new AccountFilter(null, null, null);
    }
}
