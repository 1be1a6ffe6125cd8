package cn.qinqing.organisation;

/**
 * A federation's staffing in one year (编制岗位): authorised posts (编制数), filled posts
 * (实有人数) and full-time cadres (专职干部数).
 */
public record StaffingRecord(long federationId, int year, int authorised, int filled, int cadres, String remarks) {

    /** Authorised minus filled posts (空编); negative when the federation is over its establishment (超编). */
    public int vacancy() {
        return authorised - filled;
    }
}
