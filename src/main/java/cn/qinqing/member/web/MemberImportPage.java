package cn.qinqing.member.web;

import cn.qinqing.member.ImportFailedException;
import cn.qinqing.member.ImportJobs;
import cn.qinqing.member.ImportMode;
import cn.qinqing.member.ImportRefusedException;
import cn.qinqing.member.ImportResult;
import cn.qinqing.member.MemberImport;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The import page (批量导入): upload form (mode, dry run), progress while the file is imported (the
 * page's script polls {@code progress}), the counts, the problems table and the rows handed back
 * as a spreadsheet with a 错误原因 column. Every render carries a fresh token naming the next import.
 */
@Controller
@RequestMapping("/members/import")
class MemberImportPage {

    static final int SHOWN_ERRORS = 500;

    private final MemberImport imports;
    private final ImportJobs jobs;
    private final Problems problems;

    MemberImportPage(MemberImport imports, ImportJobs jobs, Problems problems) {
        this.imports = imports;
        this.jobs = jobs;
        this.problems = problems;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String page(Model model) {
        return render(model, "skip", false);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String mode,
                  @RequestParam(required = false) String dryRun, @RequestParam(required = false) String token,
                  Model model) throws IOException {
        var parsedMode = ImportMode.parse(mode).orElse(ImportMode.SKIP);
        var modeName = parsedMode.name().toLowerCase(java.util.Locale.ROOT);
        boolean dry = "true".equals(dryRun);
        if (!ImportJobs.validToken(token)) {
            token = UUID.randomUUID().toString();
        }
        var path = Downloads.save(file);
        var recording = jobs.open(token);
        try {
            ImportResult result = imports.run(path, parsedMode, dry, recording);
            recording.close();
            model.addAttribute("result", result);
            model.addAttribute("shownErrors", result.errors().subList(0, Math.min(SHOWN_ERRORS, result.errors().size())));
            model.addAttribute("resultToken", token);
            model.addAttribute("handedBack", jobs.progress(token).map(ImportJobs.Progress::handedBack).orElse(0));
            model.addAttribute("dryRunResult", dry);
        } catch (RuntimeException e) {
            recording.discard();
            throw e;
        } finally {
            Downloads.delete(path);
        }
        return render(model, modeName, dry);
    }

    /** How far the current user's import has got, for the page's script. */
    @GetMapping("/progress")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    @ResponseBody
    ImportJobs.Progress progress(@RequestParam String token) {
        return jobs.progress(token).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/{token}/errors.xlsx")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    void handedBack(@PathVariable String token, HttpServletResponse response) throws IOException {
        if (jobs.progress(token).filter(ImportJobs.Progress::finished).isEmpty()) {
            throw new NotFoundException();
        }
        Downloads.attachment(response, Downloads.XLSX, "导入错误行", "xlsx");
        if (!jobs.writeHandedBack(token, LocaleContextHolder.getLocale(), response.getOutputStream())) {
            response.reset();
            throw new NotFoundException();
        }
    }

    @GetMapping("/template")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    void template(HttpServletResponse response) throws IOException {
        Downloads.attachment(response, Downloads.XLSX, "会员导入模板", "xlsx");
        imports.template(response.getOutputStream());
    }

    /** The file was refused: say why and keep what the user chose (exception handlers get no @RequestParam). */
    @ExceptionHandler(ImportRefusedException.class)
    String refused(ImportRefusedException e, Model model, HttpServletRequest request) {
        model.addAttribute("failure", problems.message(e.messageKey(), e.args()));
        return render(model, request.getParameter("mode"), "true".equals(request.getParameter("dryRun")));
    }

    @ExceptionHandler(ImportFailedException.class)
    String failed(ImportFailedException e, Model model, HttpServletRequest request) {
        model.addAttribute("failure", problems.message(e.messageKey()));
        return render(model, request.getParameter("mode"), "true".equals(request.getParameter("dryRun")));
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, MissingServletRequestPartException.class,
            IllegalStateException.class})
    String badUpload(Exception e, Model model) throws Exception {
        if (e instanceof IllegalStateException && !Downloads.tooLarge(e)) {
            throw e;
        }
        var key = e instanceof MissingServletRequestPartException ? "member-import.refused.empty" : "member-import.refused.too-large";
        model.addAttribute("failure", problems.message(key, 20));
        return render(model, "skip", false);
    }

    private String render(Model model, String mode, boolean dryRun) {
        model.addAttribute("token", UUID.randomUUID().toString());
        model.addAttribute("mode", "upsert".equals(mode) ? "upsert" : "skip");
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("maxRows", MemberImport.MAX_ROWS);
        model.addAttribute("shownLimit", SHOWN_ERRORS);
        return "member/import";
    }
}
