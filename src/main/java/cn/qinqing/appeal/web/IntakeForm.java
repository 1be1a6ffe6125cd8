package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealDraft;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The intake page's form. {@code idempotencyKey} is made when the page is shown, so that a form
 * sent twice (a double click, a reload after a lost answer) files one case.
 */
public class IntakeForm {

    private String category;
    private String subject;
    private String title;
    private String content;
    private Long memberId;
    private String channel;
    private String submitterName;
    private String submitterCompany;
    private String contactMobile;
    private boolean chamberVisible;
    private Long chamberId;
    private String idempotencyKey;
    private List<MultipartFile> files;

    AppealDraft draft() {
        return new AppealDraft(category, subject, title, content, memberId, channel, submitterName, submitterCompany,
                contactMobile, chamberVisible, chamberId);
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public Long getMemberId() { return memberId; }
    public void setMemberId(Long memberId) { this.memberId = memberId; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getSubmitterName() { return submitterName; }
    public void setSubmitterName(String submitterName) { this.submitterName = submitterName; }
    public String getSubmitterCompany() { return submitterCompany; }
    public void setSubmitterCompany(String submitterCompany) { this.submitterCompany = submitterCompany; }
    public String getContactMobile() { return contactMobile; }
    public void setContactMobile(String contactMobile) { this.contactMobile = contactMobile; }
    public boolean isChamberVisible() { return chamberVisible; }
    public void setChamberVisible(boolean chamberVisible) { this.chamberVisible = chamberVisible; }
    public Long getChamberId() { return chamberId; }
    public void setChamberId(Long chamberId) { this.chamberId = chamberId; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public List<MultipartFile> getFiles() { return files; }
    public void setFiles(List<MultipartFile> files) { this.files = files; }
}
