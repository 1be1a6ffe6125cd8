package cn.qinqing.appeal.web;

import cn.qinqing.appeal.PublicAppealDraft;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public form as typed (公众诉求表单). Kept as typed when anything is refused - only the files
 * have to be chosen again, which no browser lets a page do for the user. {@code submissionKey} is
 * made when the empty form is shown and sent back with it: submitting twice files one case.
 */
public class PublicAppealForm {

    private String company;
    private String creditCode;
    private String contactName;
    private String mobile;
    private String category;
    private String subject;
    private String title;
    private String content;
    private String code;
    private String submissionKey;
    private List<MultipartFile> files;

    PublicAppealDraft draft() {
        return new PublicAppealDraft(company, creditCode, contactName, mobile, category, subject, title, content,
                code);
    }

    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public List<MultipartFile> getFiles() { return files; }
    public void setFiles(List<MultipartFile> files) { this.files = files; }
}
