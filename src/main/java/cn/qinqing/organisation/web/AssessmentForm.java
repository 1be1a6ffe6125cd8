package cn.qinqing.organisation.web;

import cn.qinqing.organisation.AssessmentLevel;
import cn.qinqing.organisation.SelfAssessment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A yearly self-assessment as entered. */
public class AssessmentForm {

    @NotNull @Min(1949) @Max(2100) private Integer year;
    @NotBlank @Size(max = 16) private String level;
    @Min(0) @Max(100) private Integer score;
    @Size(max = 2000) private String summary;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate assessedOn;

    static AssessmentForm startingOn(LocalDate today) {
        var form = new AssessmentForm();
        form.year = today.getYear() - 1;
        form.assessedOn = today;
        return form;
    }

    /** The assessment for the service; an unknown level becomes null, which the service reports. */
    SelfAssessment toAssessment() {
        return new SelfAssessment(year, Enums.parse(AssessmentLevel.class, level), score, summary, assessedOn);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public Integer getScore() { return score; }
    public void setScore(Integer score) { this.score = score; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
}
