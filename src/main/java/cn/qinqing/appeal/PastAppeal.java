package cn.qinqing.appeal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A case of the past as a paper ledger (台账) records it: what came in, when and through which
 * channel, and every later step in order. The draft is checked like a case registered by staff;
 * {@code channel} may also be the member's own web page or the public form.
 *
 * @param submitterActor who took the case in, as the ledger names them; null: the clerk entering it
 */
public record PastAppeal(AppealDraft draft, AppealChannel channel, LocalDateTime submittedAt, String submitterActor,
                         List<PastStep> steps) {

    public PastAppeal {
        steps = List.copyOf(steps);
    }
}
