package cn.qinqing.statistics.web;

import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.statistics.MemberStatistics;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 会员结构统计: the dashboard page with each chart beside its table of figures, and the same figures
 * as an Excel workbook.
 */
@Controller
class MemberStatisticsPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberStatistics statistics;
    private final Federations federations;
    private final Chambers chambers;
    private final MemberStatisticsWorkbook workbook;

    MemberStatisticsPage(MemberStatistics statistics, Federations federations, Chambers chambers,
                         MemberStatisticsWorkbook workbook) {
        this.statistics = statistics;
        this.federations = federations;
        this.chambers = chambers;
        this.workbook = workbook;
    }

    @GetMapping("/statistics/members")
    @PreAuthorize(MemberStatisticsApi.READERS)
    String page(Model model) {
        model.addAttribute("dashboard", dashboard());
        return "statistics/members";
    }

    @GetMapping("/statistics/members.xlsx")
    @PreAuthorize(MemberStatisticsApi.READERS)
    void download(HttpServletResponse response, Locale locale) throws IOException {
        var dashboard = dashboard();
        var name = workbook.fileName(dashboard, locale);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"member-statistics.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        workbook.write(dashboard, locale, response.getOutputStream());
    }

    private Dashboard dashboard() {
        var overview = statistics.overview(Dashboard.YEARS);
        return Dashboard.of(scopeName(), MemberStatistics.today(), overview.summary(), overview.history(),
                overview.breakdowns());
    }

    /** Whose figures these are: the secretary's chamber, or the caller's federation and those below it. */
    private String scopeName() {
        var user = CurrentUser.get();
        var scope = user.scope();
        if (scope.singleChamber()) {
            return chambers.get(scope.chamberId()).name();
        }
        return federations.byId(user.federationId()).map(f -> f.name()).orElse("");
    }
}
