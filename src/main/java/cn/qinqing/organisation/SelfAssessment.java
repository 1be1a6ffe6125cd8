package cn.qinqing.organisation;

import java.time.LocalDate;

/**
 * A chamber's self-assessment (年度自评) for one year against the "五有" standard.
 *
 * @param score optional 0-100 points, when the federation scores assessments
 */
public record SelfAssessment(int year, AssessmentLevel level, Integer score, String summary, LocalDate assessedOn) {
}
