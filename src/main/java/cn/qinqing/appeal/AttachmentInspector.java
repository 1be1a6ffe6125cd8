package cn.qinqing.appeal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

/**
 * Decides by content what an uploaded file is (magic bytes, and for .docx/.xlsx the zip's
 * {@code [Content_Types].xml}); the name only has to agree. Refused: anything else, programs and web
 * pages under any name, macro-enabled office files (.docm/.xlsm: a macro-enabled content type or a
 * vbaProject part), and zip bombs - every entry is inflated here and the real bytes counted, since a
 * zip's declared sizes can lie.
 */
final class AttachmentInspector {

    static final String TYPE = "appeal-attachment.refused.type";
    static final String MISMATCH = "appeal-attachment.refused.mismatch";
    static final String MACRO = "appeal-attachment.refused.macro";
    static final String BOMB = "appeal-attachment.refused.bomb";

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_CONTENT_TYPES = 1024 * 1024;
    private static final Pattern MARKUP = Pattern.compile(
            "^\\s*<|<\\s*(script|html|body|iframe|svg|object|embed|meta|!doctype)\\b", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final int maxEntries;
    private final long maxInflated;

    AttachmentInspector(int maxEntries, long maxInflated) {
        this.maxEntries = maxEntries;
        this.maxInflated = maxInflated;
    }

    /** What a file is: its type and the content type to send it with. */
    record Inspected(AttachmentType type, String contentType) {
    }

    Inspected inspect(String extension, byte[] content) throws AttachmentRefused {
        var type = detect(content);
        var claimed = extension.isEmpty() ? null : AttachmentType.claimedBy(extension).orElse(null);
        if (!extension.isEmpty() && claimed == null) {
            throw new AttachmentRefused(TYPE);
        }
        if (claimed != null && claimed != type.type()) {
            throw new AttachmentRefused(MISMATCH);
        }
        return type;
    }

    private Inspected detect(byte[] content) throws AttachmentRefused {
        if (startsWith(content, PDF)) {
            return new Inspected(AttachmentType.PDF, AttachmentType.PDF.contentType());
        }
        if (startsWith(content, JPEG)) {
            return new Inspected(AttachmentType.JPEG, AttachmentType.JPEG.contentType());
        }
        if (startsWith(content, PNG)) {
            return new Inspected(AttachmentType.PNG, AttachmentType.PNG.contentType());
        }
        if (startsWith(content, ZIP)) {
            var office = office(content);
            return new Inspected(office, office.contentType());
        }
        return text(content);
    }

    private AttachmentType office(byte[] content) throws AttachmentRefused {
        String contentTypes = null;
        int entries = 0;
        long inflated = 0;
        var buffer = new byte[64 * 1024];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new AttachmentRefused(BOMB);
                }
                var name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
                    throw new AttachmentRefused(MACRO);
                }
                var keep = name.equals("[content_types].xml") ? new java.io.ByteArrayOutputStream() : null;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > maxInflated) {
                        throw new AttachmentRefused(BOMB);
                    }
                    if (keep != null && keep.size() < MAX_CONTENT_TYPES) {
                        keep.write(buffer, 0, n);
                    }
                }
                if (keep != null) {
                    contentTypes = keep.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new AttachmentRefused(TYPE);
        }
        if (contentTypes == null) {
            throw new AttachmentRefused(TYPE);
        }
        var types = contentTypes.toLowerCase(Locale.ROOT);
        if (types.contains("macroenabled") || types.contains("vbaproject")) {
            throw new AttachmentRefused(MACRO);
        }
        if (types.contains("wordprocessingml.document.main+xml")) {
            return AttachmentType.DOCX;
        }
        if (types.contains("spreadsheetml.sheet.main+xml")) {
            return AttachmentType.XLSX;
        }
        throw new AttachmentRefused(TYPE);
    }

    /** Plain text in UTF-8 or GB18030, without control characters and without markup a browser would run. */
    private static Inspected text(byte[] content) throws AttachmentRefused {
        var charset = StandardCharsets.UTF_8;
        var text = decode(content, charset);
        if (text == null) {
            charset = GB18030;
            text = decode(content, charset);
        }
        if (text == null) {
            throw new AttachmentRefused(TYPE);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                throw new AttachmentRefused(TYPE);
            }
        }
        if (MARKUP.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text).find()) {
            throw new AttachmentRefused(TYPE);
        }
        return new Inspected(AttachmentType.TEXT, "text/plain;charset=" + charset.name());
    }

    private static String decode(byte[] content, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
