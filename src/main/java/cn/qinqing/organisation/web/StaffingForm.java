package cn.qinqing.organisation.web;

import cn.qinqing.organisation.StaffingDraft;
import cn.qinqing.organisation.StaffingRecord;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One year's staffing as the form and the API submit it. The year is required when a record is
 * created and ignored when one is changed (the year names the record).
 */
record StaffingForm(@Min(1949) @Max(2200) Integer year,
                    @NotNull @Min(0) @Max(9999) Integer authorised,
                    @NotNull @Min(0) @Max(9999) Integer filled,
                    @NotNull @Min(0) @Max(9999) Integer cadres,
                    @Size(max = 500) String remarks) {

    static StaffingForm of(StaffingRecord r) {
        return new StaffingForm(r.year(), r.authorised(), r.filled(), r.cadres(), r.remarks());
    }

    StaffingDraft toDraft() {
        return new StaffingDraft(year, authorised, filled, cadres, remarks);
    }
}
