package cn.qinqing.appeal.web;

/** A workflow step as entered on the case page; each step's form sends the fields it needs. */
public class StepForm {

    private String note;
    private String reason;
    private Long departmentId;
    private Integer days;
    private String reply;
    private String rating;
    private String comment;

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public String getRating() { return rating; }
    public void setRating(String rating) { this.rating = rating; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
