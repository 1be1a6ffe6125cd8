package cn.qinqing.member.web;

import cn.qinqing.member.ExportFormat;
import cn.qinqing.member.ImportFailedException;
import cn.qinqing.member.ImportMode;
import cn.qinqing.member.ImportRefusedException;
import cn.qinqing.member.ImportResult;
import cn.qinqing.member.ImportSink;
import cn.qinqing.member.MemberExport;
import cn.qinqing.member.MemberImport;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.Problems;
import cn.qinqing.shared.web.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code /api/v1/members/imports} and {@code /api/v1/members/export}: the roll in and out as files.
 * An import answers its counts (imported; updated; duplicates; rejected) and its errors, each with
 * row; column and message. A refused file is a 400 problem saying why.
 */
@ApiController("/api/v1/members")
class MemberImportApi {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MemberImportApi.class);

    private final MemberImport imports;
    private final MemberExport export;
    private final Problems problems;

    MemberImportApi(MemberImport imports, MemberExport export, Problems problems) {
        this.imports = imports;
        this.export = export;
        this.problems = problems;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    ImportResult importRoll(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String mode,
                            @RequestParam(required = false) String dryRun) throws IOException {
        var parsedMode = ImportMode.parse(mode)
                .orElseThrow(() -> new ValidationException("mode", "member-import.mode.invalid"));
        if (dryRun != null && !dryRun.isBlank() && !dryRun.equalsIgnoreCase("true") && !dryRun.equalsIgnoreCase("false")) {
            throw new ValidationException("dryRun", "member-import.dry-run.invalid");
        }
        var path = Downloads.save(file);
        try {
            return imports.run(path, parsedMode, "true".equalsIgnoreCase(dryRun), ImportSink.NONE);
        } finally {
            Downloads.delete(path);
        }
    }

    @GetMapping("/imports/template")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    void template(HttpServletResponse response) throws IOException {
        Downloads.attachment(response, Downloads.XLSX, "会员导入模板", "xlsx");
        imports.template(response.getOutputStream());
    }

    /** The filtered list ({@code q, type, kind, chamberId, industry, status, local, highTech, sort}) as xlsx or csv. */
    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')")
    void export(@RequestParam Map<String, String> params, HttpServletResponse response) throws IOException {
        var format = ExportFormat.parse(params.get("format"))
                .orElseThrow(() -> new ValidationException("format", "member-import.format.invalid"));
        var filter = RollFilterParams.parse(params, true);
        Downloads.attachment(response, format.contentType(), "会员名册", format.extension());
        export.export(filter, format, response.getOutputStream());
    }

    @ExceptionHandler(ImportRefusedException.class)
    ProblemDetail refused(ImportRefusedException e) {
        return problems.problem(HttpStatus.BAD_REQUEST, e.messageKey(), e.args());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "member-import.refused.too-large", 20);
    }

    /** Tomcat's own refusal of an oversized upload, when an interceptor read a parameter first. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail broken(IllegalStateException e) {
        if (Downloads.tooLarge(e)) {
            return problems.problem(HttpStatus.BAD_REQUEST, "member-import.refused.too-large", 20);
        }
        log.error("Unexpected error in member file API", e);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail noFile(MissingServletRequestPartException e) {
        return problems.problem(HttpStatus.BAD_REQUEST, "member-import.refused.empty");
    }

    @ExceptionHandler(ImportFailedException.class)
    ProblemDetail failed(ImportFailedException e) {
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, e.messageKey());
    }
}
