package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Chamber;
import cn.qinqing.organisation.FiveHas;
import cn.qinqing.organisation.FiveHasItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The whole "五有" checklist as entered: a list of items, each with its item code (SIGN ...), met flag and evidence. */
public class FiveHasForm {

    @NotNull @Size(max = 5) @Valid private List<Row> items = new ArrayList<>();

    /** One item of the checklist. */
    public static class Row {
        @NotNull @Size(max = 16) private String item;
        private boolean met;
        @Size(max = 500) private String evidence;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate evidenceOn;

        public String getItem() { return item; }
        public void setItem(String item) { this.item = item; }
        public boolean isMet() { return met; }
        public void setMet(boolean met) { this.met = met; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
        public LocalDate getEvidenceOn() { return evidenceOn; }
        public void setEvidenceOn(LocalDate evidenceOn) { this.evidenceOn = evidenceOn; }
    }

    static FiveHasForm of(Chamber chamber) {
        var form = new FiveHasForm();
        for (var f : chamber.fiveHas()) {
            var row = new Row();
            row.item = f.item().name();
            row.met = f.met();
            row.evidence = f.evidence();
            row.evidenceOn = f.evidenceOn();
            form.items.add(row);
        }
        return form;
    }

    /** The checklist for the service; an unknown item name becomes null, which the service reports. */
    List<FiveHas> toItems() {
        return items.stream()
                .map(r -> r == null ? null
                        : new FiveHas(Enums.parse(FiveHasItem.class, r.item), r.met, r.evidence, r.evidenceOn))
                .toList();
    }

    public List<Row> getItems() { return items; }
    public void setItems(List<Row> items) { this.items = items; }
}
