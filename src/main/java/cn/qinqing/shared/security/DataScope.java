package cn.qinqing.shared.security;

/**
 * What business data an account may see (数据权限). Federation roles see their federation and
 * every federation, chamber and member below it; a chamber secretary sees only that chamber;
 * administrators see no business data at all.
 *
 * @param federationPath the path prefix of visible federations ("/1/2/3/"), or null
 * @param chamberId      the only visible chamber, or null when not restricted to one chamber
 */
public record DataScope(String federationPath, Long chamberId) {

    private static final DataScope NOTHING = new DataScope(null, null);

    public static DataScope of(QinqingUser user) {
        if (user.has(Role.STAFF) || user.has(Role.LEADER) || user.has(Role.VICE_CHAIR)) {
            return new DataScope(user.federationPath(), null);
        }
        // A secretary's grant always names its chamber (a database check enforces it); should one
        // ever lack it, the account sees nothing rather than the whole federation.
        return user.grant(Role.CHAMBER_SECRETARY)
                .filter(g -> g.chamberId() != null)
                .map(g -> new DataScope(user.federationPath(), g.chamberId()))
                .orElse(NOTHING);
    }

    /** True when nothing of the organisation tree is visible. */
    public boolean none() {
        return federationPath == null;
    }

    /** True when the scope is a single chamber. */
    public boolean singleChamber() {
        return chamberId != null;
    }

    /** True when the federation with this path is visible (itself or below the scope's root). */
    public boolean includesFederation(String path) {
        return federationPath != null && chamberId == null && path != null && path.startsWith(federationPath);
    }
}
