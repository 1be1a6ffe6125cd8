package cn.qinqing.appeal.web;

/** The status look-up form (进度查询): tracking number, mobile and a fresh one-time code. */
public class TrackForm {

    private String trackingNumber;
    private String mobile;
    private String code;

    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
