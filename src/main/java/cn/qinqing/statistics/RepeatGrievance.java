package cn.qinqing.statistics;

import java.util.List;

/**
 * A submitter with two or more cases received in the period (重复诉求), as shown in the bulletin:
 * the names from the latest case, the mobile masked.
 *
 * @param memberId          the member, or null for a firm that is not one (known by its mobile)
 * @param sameSubjectCases  the cases on a subject raised more than once (同一事项重复诉求)
 * @param repeatedSubjects  the names of those subjects
 */
public record RepeatGrievance(String federationName, Long memberId, String submitterName, String company,
                              String mobileMasked, long cases, long sameSubjectCases, List<String> repeatedSubjects) {
}
