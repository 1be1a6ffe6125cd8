package cn.qinqing.statistics.web;

import cn.qinqing.shared.web.ApiController;
import cn.qinqing.statistics.AppealPeriod;
import cn.qinqing.statistics.AppealReport;
import cn.qinqing.statistics.AppealStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /api/v1/statistics/appeals?from=YYYY-MM-DD&to=YYYY-MM-DD}: the appeal statistics (诉求统计)
 * of the caller's federation and those below it; without dates the current month.
 */
@ApiController("/api/v1/statistics/appeals")
class AppealStatisticsApi {

    static final String READERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR')";

    private final AppealStatistics statistics;

    AppealStatisticsApi(AppealStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    @PreAuthorize(READERS)
    AppealReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return statistics.report(AppealPeriod.parse(from, to, statistics.today()));
    }
}
