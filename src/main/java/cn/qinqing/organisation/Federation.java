package cn.qinqing.organisation;

/**
 * A Federation of Industry and Commerce (工商联) for one region (GB/T 2260).
 *
 * @param path ids from the root down, "/1/2/3/": this federation and all below share the prefix
 */
public record Federation(long id, String name, FederationLevel level, String regionCode, Long parentId, String path) {
}
