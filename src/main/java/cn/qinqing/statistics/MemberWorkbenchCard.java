package cn.qinqing.statistics;

import cn.qinqing.member.MemberFilter;
import cn.qinqing.member.MemberService;
import cn.qinqing.member.MemberStatus;
import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.web.WorkbenchCard;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The workbench card of the member roll (会员): active members and growth since the end of last year, from
 * the same cached figures as the structure dashboard, and the applications waiting for review, for those
 * who read the roll (federation staff, leaders, vice-chairs; a chamber secretary for its chamber).
 */
@Component
class MemberWorkbenchCard implements WorkbenchCard {

    private final MemberStatistics statistics;
    private final MemberService members;

    MemberWorkbenchCard(MemberStatistics statistics, MemberService members) {
        this.statistics = statistics;
        this.members = members;
    }

    @Override
    public Optional<Card> card(QinqingUser user) {
        if (!MemberStatistics.readsRoll(user)) {
            return Optional.empty();
        }
        var summary = statistics.summary();
        var applied = members.search(new MemberFilter(null, null, null, null, null, MemberStatus.APPLIED, null, null,
                MemberFilter.Sort.NAME), 0, 1).page().totalElements();
        var rate = summary.growth().rate();
        return Optional.of(new Card(5, "stats.workbench", "/members", List.of(
                new Figure("stats.workbench.active", summary.total()),
                new Figure("stats.workbench.growth", rate == null ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100)),
                new Figure("stats.workbench.applied", applied))));
    }
}
