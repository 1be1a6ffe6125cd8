package cn.qinqing.member.web;

import cn.qinqing.member.ImportRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.multipart.MultipartFile;

/** Files in and out of the member import and export: uploads to a temp file, download headers. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** Sets the headers of a file download; the Chinese file name travels RFC 5987-encoded. */
    static void attachment(HttpServletResponse response, String contentType, String baseName, String extension) {
        var name = baseName + "-" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "." + extension;
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** Copies the upload to a temp file of our own (the caller deletes it); an empty upload is refused. */
    static Path save(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ImportRefusedException("member-import.refused.empty");
        }
        var path = Files.createTempFile("qinqing-import-", ".upload");
        try (var in = file.getInputStream()) {
            Files.copy(in, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return path;
    }

    /**
     * True when a request failed because its upload was too large. Spring reports that as
     * {@code MaxUploadSizeExceededException}; when Tomcat parses the parts first (a request parameter
     * read by an interceptor), its own size exception arrives wrapped instead.
     */
    static boolean tooLarge(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                    || cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        }
    }
}
