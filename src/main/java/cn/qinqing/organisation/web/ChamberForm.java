package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Chamber;
import cn.qinqing.organisation.ChamberDraft;
import cn.qinqing.organisation.ChamberKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A chamber as entered, in the page form and as the API's request body. A JavaBean rather than a
 * record so that a form with a mistyped number or date still shows everything the person typed.
 * The credit code carries no annotation: the service tells exactly what is wrong with it.
 */
public class ChamberForm {

    private Long federationId;
    @NotBlank @Size(max = 100) private String name;
    @NotBlank @Size(max = 16) private String kind;
    private String creditCode;
    @Size(max = 200) private String address;
    @Size(max = 30) @Pattern(regexp = "[0-9+()\\- ]*") private String phone;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate foundedOn;
    @Size(max = 50) private String president;
    @Size(max = 50) private String secretaryGeneral;
    @Min(0) @Max(10_000_000) private Integer memberCount;
    @Size(max = 1000) private String remarks;

    static ChamberForm of(Chamber c) {
        var form = new ChamberForm();
        form.federationId = c.federationId();
        form.name = c.name();
        form.kind = c.kind().name();
        form.creditCode = c.creditCode();
        form.address = c.address();
        form.phone = c.phone();
        form.foundedOn = c.foundedOn();
        form.president = c.president();
        form.secretaryGeneral = c.secretaryGeneral();
        form.memberCount = c.memberCount();
        form.remarks = c.remarks();
        return form;
    }

    /** The draft for the service; an unknown kind becomes null, which the service reports on "kind". */
    ChamberDraft toDraft() {
        return new ChamberDraft(federationId, name, Enums.parse(ChamberKind.class, kind), creditCode, address, phone,
                foundedOn, president, secretaryGeneral, memberCount, remarks);
    }

    public Long getFederationId() { return federationId; }
    public void setFederationId(Long federationId) { this.federationId = federationId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
    public String getPresident() { return president; }
    public void setPresident(String president) { this.president = president; }
    public String getSecretaryGeneral() { return secretaryGeneral; }
    public void setSecretaryGeneral(String secretaryGeneral) { this.secretaryGeneral = secretaryGeneral; }
    public Integer getMemberCount() { return memberCount; }
    public void setMemberCount(Integer memberCount) { this.memberCount = memberCount; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
}
