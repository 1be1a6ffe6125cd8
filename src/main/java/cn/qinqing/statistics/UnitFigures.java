package cn.qinqing.statistics;

/**
 * A handling unit's figures (办理单位): the federation's own staff or a department cases were
 * transferred to, with its three rates against the standards.
 *
 * @param key          F and the federation id for its staff; D and the department id
 * @param onTime       按时办结率: resolved by the due date over those that should be resolved by now
 * @param reply        答复率: resolved with a reply over accepted
 * @param satisfaction 满意率: 满意 and 基本满意 over rated
 */
public record UnitFigures(String key, String name, Kind kind, AppealCounters counters, AppealRate onTime,
                          AppealRate reply, AppealRate satisfaction) {

    /** Who handles: a federation's staff (机关) or a government department (部门). */
    public enum Kind { FEDERATION_STAFF, DEPARTMENT }

    static UnitFigures of(String key, String name, Kind kind, AppealCounters c, AppealThresholds t) {
        return new UnitFigures(key, name, kind, c, AppealRate.of(c.onTime(), c.due(), t.onTimeRate()),
                AppealRate.of(c.resolved(), c.accepted(), t.replyRate()),
                AppealRate.of(c.satisfied(), c.rated(), t.satisfactionRate()));
    }

    /** True when any rate falls short of its standard. */
    public boolean below() {
        return onTime.below() || reply.below() || satisfaction.below();
    }
}
