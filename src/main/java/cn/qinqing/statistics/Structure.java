package cn.qinqing.statistics;

/**
 * The sides of the "三多三少" balances the seed names (the fourth, individual against group
 * members, is the member type). Individual businesses and private enterprises are counted by the
 * stated kind; local and out-of-town over enterprise and individual members, like the total (from the
 * credit code's or ID number's region);
 * traditional and high-tech over enterprise members, because 高新技术企业 is a qualification of a firm.
 */
public record Structure(long individualBusiness, long privateEnterprise, long local, long outOfTown,
                        long traditional, long highTech) {
}
