package cn.qinqing.member.web;

import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberDraft;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.MemberView;
import cn.qinqing.member.OrganisationKind;
import cn.qinqing.member.PoliticalAffiliation;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A member as entered on the staff form, the public application page and the API. A JavaBean of
 * text fields, so that whatever was typed - an unknown type, a mistyped date - comes back into
 * the form with a message instead of failing the request. Organisations and individuals share
 * it; {@link #parse} keeps only the fields of the chosen type.
 */
public class MemberForm {

    private String type;
    private String name;
    private String creditCode;
    private String legalRepresentative;
    private String idNumber;
    private String mobile;
    private String industry;
    private String kind;
    private String size;
    private Boolean highTech;
    private String address;
    private String contactName;
    private String employer;
    private String position;
    private String politicalAffiliation;
    private String joinedOn;
    private List<Long> chamberIds = new ArrayList<>();

    /** The draft, and what could not be read (unknown names, bad dates) as field errors. */
    record Parsed(MemberDraft draft, List<FieldError> errors) {
    }

    static MemberForm of(MemberView m) {
        var form = new MemberForm();
        form.type = m.type().name();
        form.name = m.name();
        form.creditCode = m.creditCode();
        form.legalRepresentative = m.legalRepresentative();
        form.industry = m.industry() == null ? null : m.industry().name();
        form.kind = m.kind() == null ? null : m.kind().name();
        form.size = m.size() == null ? null : m.size().name();
        form.highTech = m.highTech();
        form.address = m.address();
        form.contactName = m.contactName();
        form.employer = m.employer();
        form.position = m.position();
        form.politicalAffiliation = m.politicalAffiliation() == null ? null : m.politicalAffiliation().name();
        form.joinedOn = m.joinedOn() == null ? null : m.joinedOn().toString();
        form.chamberIds = new ArrayList<>(m.chamberIds());
        return form;
    }

    Parsed parse() {
        var errors = new ArrayList<FieldError>();
        var memberType = Inputs.enumValue(MemberType.class, type, "type", "member.type.unknown", errors);
        var parsedIndustry = Inputs.blank(industry) ? null : Industry.parse(industry).orElse(null);
        if (!Inputs.blank(industry) && parsedIndustry == null) {
            errors.add(new FieldError("industry", "member.industry.unknown"));
        }
        var parsedKind = Inputs.enumValue(OrganisationKind.class, kind, "kind", "member.kind.unknown", errors);
        var parsedSize = Inputs.enumValue(EnterpriseSize.class, size, "size", "member.size.unknown", errors);
        var political = Inputs.enumValue(PoliticalAffiliation.class, politicalAffiliation, "politicalAffiliation",
                "member.political.unknown", errors);
        var joined = Inputs.date(joinedOn, "joinedOn", errors);
        boolean organisation = memberType == null || memberType.organisation();
        boolean individual = memberType == null || !memberType.organisation();
        var draft = new MemberDraft(memberType, name, organisation ? creditCode : null,
                organisation ? legalRepresentative : null, individual ? idNumber : null, mobile, parsedIndustry,
                organisation ? parsedKind : null, organisation ? parsedSize : null,
                organisation && Boolean.TRUE.equals(highTech), address, organisation ? contactName : null,
                individual ? employer : null, individual ? position : null, individual ? political : null, joined);
        return new Parsed(draft, errors);
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getSize() { return size; }
    public void setSize(String size) { this.size = size; }
    public Boolean getHighTech() { return highTech; }
    public void setHighTech(Boolean highTech) { this.highTech = highTech; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getPoliticalAffiliation() { return politicalAffiliation; }
    public void setPoliticalAffiliation(String politicalAffiliation) { this.politicalAffiliation = politicalAffiliation; }
    public String getJoinedOn() { return joinedOn; }
    public void setJoinedOn(String joinedOn) { this.joinedOn = joinedOn; }
    public List<Long> getChamberIds() { return chamberIds; }
    public void setChamberIds(List<Long> chamberIds) { this.chamberIds = chamberIds == null ? new ArrayList<>() : chamberIds; }
}
