package cn.qinqing.legalaid.web;

import cn.qinqing.legalaid.SessionDraft;
import cn.qinqing.legalaid.SessionKind;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A session held under a referral: day, kind (咨询, 调解, 代理), place and note. */
record SessionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                   SessionKind kind,
                   @Size(max = 100) String place,
                   @Size(max = 1000) String note) {

    static SessionForm blank(LocalDate today) {
        return new SessionForm(today, null, "", "");
    }

    SessionDraft toDraft() {
        return new SessionDraft(heldOn, kind, place, note);
    }
}
