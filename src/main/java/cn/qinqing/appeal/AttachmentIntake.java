package cn.qinqing.appeal;

import cn.qinqing.shared.web.ValidationException.FieldError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.springframework.stereotype.Component;

/**
 * The rules every attachment passes on every intake path (附件校验): at most {@code maxFiles} per case
 * and {@code maxCaseSize} together, each at most {@code maxFileSize}, of an allowed type by content
 * ({@link AttachmentInspector}). Refusals are field errors naming the file, all reported at once;
 * files that pass are stored with {@link #store}, inside the caller's transaction.
 */
@Component
class AttachmentIntake {

    static final int MAX_NAME = 100;

    private final AttachmentProperties limits;
    private final AttachmentInspector inspector;
    private final AttachmentStore store;
    private final AttachmentRepository attachments;

    AttachmentIntake(AttachmentProperties limits, AttachmentStore store, AttachmentRepository attachments) {
        this.limits = limits;
        this.inspector = new AttachmentInspector(limits.maxZipEntries(), limits.maxZipInflated().toBytes());
        this.store = store;
        this.attachments = attachments;
    }

    /** A file that passed: its clean name, what it is, its bytes and their SM3 hash. */
    record Ready(String name, AttachmentInspector.Inspected inspected, byte[] content, String sm3) {
    }

    /** Checks the uploads against the rules and what the case holds already; adds refusals to {@code errors}. */
    List<Ready> check(List<AttachmentUpload> uploads, AttachmentRepository.Totals existing, String field,
                      List<FieldError> errors) {
        var ready = new ArrayList<Ready>();
        if (uploads.isEmpty()) {
            return ready;
        }
        if (existing.files() + uploads.size() > limits.maxFiles()) {
            errors.add(new FieldError(field, "appeal-attachment.refused.too-many", limits.maxFiles()));
            return ready;
        }
        var maxFile = limits.maxFileSize().toBytes();
        long total = existing.bytes() + uploads.stream().mapToLong(AttachmentUpload::size).sum();
        // Sizes first, from what the upload declares: nothing is read into memory for a request over the caps.
        boolean withinCaps = total <= limits.maxCaseSize().toBytes();
        for (var upload : uploads) {
            if (upload.size() > maxFile) {
                withinCaps = false;
                errors.add(new FieldError(field, "appeal-attachment.refused.too-large", AttachmentNames.clean(upload.fileName()),
                        AttachmentProperties.megabytes(limits.maxFileSize())));
            }
        }
        if (total > limits.maxCaseSize().toBytes()) {
            errors.add(new FieldError(field, "appeal-attachment.refused.case-too-large",
                    AttachmentProperties.megabytes(limits.maxCaseSize())));
        }
        if (!withinCaps) {
            return ready;
        }
        for (var upload : uploads) {
            var name = AttachmentNames.clean(upload.fileName());
            try {
                byte[] content;
                try (var in = upload.content().getInputStream()) {
                    content = in.readNBytes((int) maxFile + 1);
                }
                if (content.length == 0) {
                    throw new AttachmentRefused("appeal-attachment.refused.empty");
                }
                if (content.length > maxFile) {
                    throw new AttachmentRefused("appeal-attachment.refused.too-large",
                            AttachmentProperties.megabytes(limits.maxFileSize()));
                }
                var inspected = inspector.inspect(AttachmentNames.extension(name), content);
                ready.add(new Ready(AttachmentNames.withExtension(name, inspected.type()), inspected, content, sm3(content)));
            } catch (AttachmentRefused refused) {
                errors.add(new FieldError(field, refused.messageKey(), arguments(name, refused.args())));
            } catch (IOException unreadable) {
                errors.add(new FieldError(field, "appeal-attachment.refused.unreadable", name));
            }
        }
        return ready;
    }

    /** Writes the files (bound to the current transaction) and their rows; returns the new ids. */
    List<Long> store(long appealId, List<Ready> files, Long accountId, String actorName) {
        var ids = new ArrayList<Long>();
        for (var file : files) {
            var storageName = store.write(file.content());
            ids.add(attachments.insert(appealId, new AttachmentRepository.NewAttachment(file.name(), file.inspected(),
                    file.content().length, storageName, file.sm3()), accountId, actorName));
        }
        return ids;
    }

    AttachmentProperties limits() {
        return limits;
    }

    private static Object[] arguments(String name, Object[] rest) {
        var all = new Object[rest.length + 1];
        all[0] = name;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static String sm3(byte[] content) {
        var digest = new SM3Digest();
        digest.update(content, 0, content.length);
        var out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
