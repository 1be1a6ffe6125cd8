package cn.qinqing.appeal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a case may carry (附件类型), each recognised by its content; the file name's
 * extension must agree with what the content is, so a renamed program or web page never passes as
 * a document. The content type sent on download is this type's, never the uploader's.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    TEXT("text/plain", "txt");

    private final String contentType;
    private final List<String> extensions;

    AttachmentType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The extension a name gets when it has none. */
    String extension() {
        return extensions.get(0);
    }

    boolean fits(String extension) {
        return extensions.contains(extension);
    }

    /** The type a file name claims by its extension, if it claims an allowed one. */
    static Optional<AttachmentType> claimedBy(String extension) {
        var lower = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.fits(lower)).findFirst();
    }

    /** What the file input may offer, for the page's {@code accept} attribute. */
    public static String accept() {
        var all = new StringBuilder();
        for (var type : values()) {
            for (var extension : type.extensions) {
                all.append(all.isEmpty() ? "" : ",").append('.').append(extension);
            }
        }
        return all.toString();
    }
}
