package cn.qinqing.statistics;

import cn.qinqing.shared.security.CurrentUser;
import org.springframework.context.ApplicationContext;

/**
 * For the scale benchmark: the breakdowns counted live from the members in the caller's scope, as
 * every request did before the per-federation cache (V4_6), so both are timed in the same run.
 */
public final class LiveBreakdowns {

    private LiveBreakdowns() {
    }

    public static Breakdowns count(ApplicationContext context) {
        var figures = context.getBean(MemberFigures.class);
        return MemberStatistics.labelled(figures.liveBreakdowns(CurrentUser.get().scope()));
    }
}
