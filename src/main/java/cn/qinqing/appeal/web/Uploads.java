package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AttachmentDownload;
import cn.qinqing.appeal.AttachmentUpload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Attachments in and out of the web: uploads for the service, downloads with safe headers. */
final class Uploads {

    private Uploads() {
    }

    /** The files chosen; the empty part a browser sends for a file field left empty is no file. */
    static List<AttachmentUpload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> f != null && !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .map(f -> new AttachmentUpload(f.getOriginalFilename(), f.getSize(), f))
                .toList();
    }

    /** The names of the files chosen, to remind the user which to choose again after a refusal. */
    static List<String> names(List<MultipartFile> files) {
        return of(files).stream().map(AttachmentUpload::fileName).filter(n -> n != null && !n.isBlank()).toList();
    }

    /**
     * The file as a download: always {@code attachment} (never shown inline), the original name RFC
     * 5987-encoded, the content type its content has, no sniffing, no caching.
     */
    static ResponseEntity<byte[]> download(AttachmentDownload file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
