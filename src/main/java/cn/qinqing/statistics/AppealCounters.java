package cn.qinqing.statistics;

/**
 * The counts of a handling unit (办理单位) or of a whole scope over a period, from which the rates are
 * taken. A case counts where it was received: in the period of its {@code submitted_on}.
 *
 * @param received   cases received in the period
 * @param accepted   of those, accepted (受理) at some point
 * @param declined   not accepted (不予受理)
 * @param resolved   resolved with a reply to the submitter (办结答复; the workflow requires the reply)
 * @param onTime     resolved by their handling due date (按期办结)
 * @param due        that should be resolved by now: resolved, or still handled past the due date
 * @param overdue    resolved after their due date, or still open past it (acceptance or handling)
 * @param supervised escalated to the leaders by the deadline job (督办, the case's stored {@code supervised_on})
 * @param rated      rated at follow-up (回访评价)
 * @param satisfied  rated 满意 or 基本满意
 */
public record AppealCounters(long received, long accepted, long declined, long resolved, long onTime, long due,
                             long overdue, long supervised, long rated, long satisfied) {

    public static final AppealCounters ZERO = new AppealCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public AppealCounters plus(AppealCounters o) {
        return new AppealCounters(received + o.received, accepted + o.accepted, declined + o.declined,
                resolved + o.resolved, onTime + o.onTime, due + o.due, overdue + o.overdue,
                supervised + o.supervised, rated + o.rated, satisfied + o.satisfied);
    }
}
