package cn.qinqing.organisation;

import java.time.LocalDate;

/** One item of a chamber's "五有" checklist, with the evidence that it is met. */
public record FiveHas(FiveHasItem item, boolean met, String evidence, LocalDate evidenceOn) {

    static FiveHas unmet(FiveHasItem item) {
        return new FiveHas(item, false, null, null);
    }
}
