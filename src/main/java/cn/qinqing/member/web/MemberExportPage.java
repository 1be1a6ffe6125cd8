package cn.qinqing.member.web;

import cn.qinqing.member.ExportFormat;
import cn.qinqing.member.MemberExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /members/export.xlsx} and {@code /members/export.csv}: the member list as filtered on the
 * page (same query parameters), as a file. Masked unless the user may unmask; audited.
 */
@Controller
class MemberExportPage {

    private final MemberExport export;

    MemberExportPage(MemberExport export) {
        this.export = export;
    }

    @GetMapping("/members/export.xlsx")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')")
    void xlsx(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        write(ExportFormat.XLSX, params, response);
    }

    @GetMapping("/members/export.csv")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')")
    void csv(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        write(ExportFormat.CSV, params, response);
    }

    private void write(ExportFormat format, Map<String, String> params, HttpServletResponse response) throws IOException {
        var filter = RollFilterParams.parse(params, false);
        Downloads.attachment(response, format.contentType(), "会员名册", format.extension());
        export.export(filter, format, response.getOutputStream());
    }
}
