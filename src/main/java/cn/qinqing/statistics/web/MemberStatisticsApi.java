package cn.qinqing.statistics.web;

import cn.qinqing.shared.web.ApiController;
import cn.qinqing.statistics.Breakdowns;
import cn.qinqing.statistics.MemberStatistics;
import cn.qinqing.statistics.MemberSummary;
import cn.qinqing.statistics.YearFigures;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/statistics/members}: the member structure figures (会员结构统计) within the caller's scope. */
@ApiController("/api/v1/statistics/members")
class MemberStatisticsApi {

    static final String READERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')";

    private final MemberStatistics statistics;

    MemberStatisticsApi(MemberStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    @PreAuthorize(READERS)
    MemberSummary summary() {
        return statistics.summary();
    }

    /** Year by year, oldest first: past years as of 31 December, the current year as of today. */
    @GetMapping("/history")
    @PreAuthorize(READERS)
    History history(@RequestParam(defaultValue = "5") int years) {
        return new History(statistics.history(years));
    }

    @GetMapping("/breakdowns")
    @PreAuthorize(READERS)
    Breakdowns breakdowns() {
        return statistics.breakdowns();
    }

    /** The answer of the history endpoint. */
    record History(List<YearFigures> years) {
    }
}
