package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealAttachments;
import cn.qinqing.appeal.AttachmentView;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.ValidationException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of cases (诉求附件) under {@code /api/v1/appeals}: filing a case together with its files
 * ({@code multipart/form-data}: the case as the JSON part {@code appeal}, the files as {@code files}),
 * adding one file to a case, the list, and the download. A case the caller may not see is 404.
 */
@ApiController("/api/v1/appeals")
class AppealAttachmentApi {

    /** Add a file: the member, and those who add progress notes. */
    static final String ATTACHERS = "hasAnyRole('STAFF','LEADER','VICE_CHAIR','MEMBER','DEPARTMENT_LIAISON')";

    private final AppealAttachments attachments;

    AppealAttachmentApi(AppealAttachments attachments) {
        this.attachments = attachments;
    }

    /** Like {@code POST /api/v1/appeals} with JSON, plus files; a refused file is a 400 naming field {@code files}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Access.FILERS)
    ResponseEntity<Receipt> submit(@RequestPart("appeal") AppealRequest body,
                                   @RequestPart(name = "files", required = false) List<MultipartFile> files,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var receipt = attachments.submit(body.draft(), key, Uploads.of(files));
        var status = receipt.created() ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).location(URI.create("/api/v1/appeals/" + receipt.id()))
                .body(Receipt.of(receipt));
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ATTACHERS)
    ResponseEntity<AttachmentView> attach(@PathVariable long id,
                                          @RequestPart(name = "file", required = false) MultipartFile file) {
        var upload = Uploads.of(file == null ? List.of() : List.of(file));
        if (upload.isEmpty()) {
            throw new ValidationException("file", "appeal-attachment.file.required");
        }
        AttachmentView added = attachments.attach(id, upload.get(0));
        return ResponseEntity.created(URI.create("/api/v1/appeals/" + id + "/attachments/" + added.id())).body(added);
    }

    @GetMapping("/{id}/attachments")
    @PreAuthorize(Access.READERS)
    List<AttachmentView> list(@PathVariable long id) {
        return attachments.list(id);
    }

    /** The file itself, to those who may see the case; every download is audited. */
    @GetMapping("/{id}/attachments/{attachmentId}")
    @PreAuthorize(Access.READERS)
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        return Uploads.download(attachments.download(id, attachmentId));
    }
}
