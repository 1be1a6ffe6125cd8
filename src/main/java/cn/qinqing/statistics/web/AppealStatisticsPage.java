package cn.qinqing.statistics.web;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.statistics.AppealPeriod;
import cn.qinqing.statistics.AppealReport;
import cn.qinqing.statistics.AppealStatistics;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 诉求统计通报: the statistics page of a month (charts beside their tables), the printable bulletin,
 * and the bulletin as an .xlsx workbook and a PDF. Every download is audited.
 */
@Controller
class AppealStatisticsPage {

    private static final Logger log = LoggerFactory.getLogger(AppealStatisticsPage.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AppealStatistics statistics;
    private final BulletinText text;
    private final AppealBulletinWorkbook workbook;
    private final AppealBulletinPdf pdf;
    private final AuditLog audit;

    AppealStatisticsPage(AppealStatistics statistics, BulletinText text, AppealBulletinWorkbook workbook,
                         AppealBulletinPdf pdf, AuditLog audit) {
        this.statistics = statistics;
        this.text = text;
        this.workbook = workbook;
        this.pdf = pdf;
        this.audit = audit;
    }

    @GetMapping("/appeals/statistics")
    @PreAuthorize(AppealStatisticsApi.READERS)
    String page(@RequestParam(required = false) String month, Model model, Locale locale) {
        prepare(month, model, locale);
        return "statistics/appeals";
    }

    @GetMapping("/appeals/statistics/bulletin")
    @PreAuthorize(AppealStatisticsApi.READERS)
    String bulletin(@RequestParam(required = false) String month, Model model, Locale locale) {
        prepare(month, model, locale);
        return "statistics/appeal-bulletin";
    }

    @GetMapping("/appeals/statistics/bulletin.xlsx")
    @PreAuthorize(AppealStatisticsApi.READERS)
    void xlsx(@RequestParam(required = false) String month, HttpServletResponse response, Locale locale) throws IOException {
        var report = download(month, response, locale);
        if (report != null) {
            var body = new ByteArrayOutputStream();
            workbook.write(report, text.lines(report, locale), locale, body);
            send(response, XLSX, fileName(report, locale) + ".xlsx", body, report, "xlsx");
        }
    }

    @GetMapping("/appeals/statistics/bulletin.pdf")
    @PreAuthorize(AppealStatisticsApi.READERS)
    void pdf(@RequestParam(required = false) String month, HttpServletResponse response, Locale locale) throws IOException {
        var report = download(month, response, locale);
        if (report == null) {
            return;
        }
        var body = new ByteArrayOutputStream();
        try {
            pdf.write(report, text.lines(report, locale), locale, body);
        } catch (BulletinFont.MissingFontException e) {
            log.error("Cannot make the bulletin PDF: {}", e.getMessage());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    text.text(locale, "appeal-stats.pdf.font-missing", e.location()));
            return;
        }
        send(response, "application/pdf", fileName(report, locale) + ".pdf", body, report, "pdf");
    }

    private void prepare(String month, Model model, Locale locale) {
        AppealPeriod period;
        try {
            period = AppealPeriod.parseMonth(month, statistics.today());
        } catch (ValidationException e) {
            model.addAttribute("monthError", text.text(locale, e.errors().get(0).messageKey()));
            period = AppealPeriod.month(YearMonth.from(statistics.today()));
        }
        var report = statistics.report(period);
        model.addAttribute("report", report);
        model.addAttribute("bulletin", text.lines(report, locale));
        // After an error the picker keeps what was typed; the figures are this month's.
        model.addAttribute("month", model.containsAttribute("monthError") ? month : YearMonth.from(period.from()).toString());
    }

    /** The month's report, or null after answering 400 for a month that is not one. */
    private AppealReport download(String month, HttpServletResponse response, Locale locale) throws IOException {
        try {
            return statistics.report(AppealPeriod.parseMonth(month, statistics.today()));
        } catch (ValidationException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, text.text(locale, e.errors().get(0).messageKey()));
            return null;
        }
    }

    private void send(HttpServletResponse response, String type, String name, ByteArrayOutputStream body,
                      AppealReport report, String format) throws IOException {
        audit.record("APPEAL_BULLETIN_EXPORT", "APPEAL_BULLETIN", report.period().from() + "/" + report.period().to(),
                AuditResult.SUCCESS, format);
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"appeal-bulletin-"
                + YearMonth.from(report.period().from()) + "." + format + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
    }

    private String fileName(AppealReport report, Locale locale) {
        return text.text(locale, "appeal-stats.file-name", report.scopeName(), YearMonth.from(report.period().from()).toString());
    }
}
