package cn.qinqing.member.web;

/**
 * A life-cycle step as entered: approval ({@code memberNumber}, optional), rejection and
 * re-admission ({@code reason}), ending ({@code status} LAPSED, WITHDRAWN or EXPELLED, and {@code reason}).
 */
public class DecisionForm {

    private String memberNumber;
    private String reason;
    private String status;

    public String getMemberNumber() { return memberNumber; }
    public void setMemberNumber(String memberNumber) { this.memberNumber = memberNumber; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
