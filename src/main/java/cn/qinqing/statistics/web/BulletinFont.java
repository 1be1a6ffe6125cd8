package cn.qinqing.statistics.web;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font of the bulletin PDF, read from the system (no CJK font small enough to ship with the
 * application covers the characters of names and companies): by default Noto Sans CJK SC from Debian's
 * fonts-noto-cjk. {@code qinqing.appeal.bulletin.pdf-font} names another file; a .ttc collection takes
 * the font's index after a comma. Loaded once, on the first PDF (about half a second); the glyphs used
 * are embedded as a subset, so the PDF reads the same on any computer.
 */
@Component
class BulletinFont {

    static final String DEFAULT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2";
    private static final Logger log = LoggerFactory.getLogger(BulletinFont.class);

    private final String location;
    private volatile BaseFont font;

    BulletinFont(@Value("${qinqing.appeal.bulletin.pdf-font:" + DEFAULT + "}") String location) {
        this.location = location;
        if (!Files.isRegularFile(file(location))) {
            log.warn("The bulletin PDF font {} is missing: PDF downloads will fail until it is installed"
                    + " (Debian: apt-get install fonts-noto-cjk) or qinqing.appeal.bulletin.pdf-font names another", location);
        }
    }

    BaseFont get() {
        var loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = load();
                }
                loaded = font;
            }
        }
        return loaded;
    }

    private BaseFont load() {
        if (!Files.isRegularFile(file(location))) {
            throw new MissingFontException(location, null);
        }
        try {
            return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new MissingFontException(location, e);
        }
    }

    /** The file part of a location that may end in a comma and a font index. */
    private static Path file(String location) {
        int comma = location.lastIndexOf(',');
        boolean indexed = comma > 0 && location.substring(comma + 1).chars().allMatch(Character::isDigit)
                && comma < location.length() - 1;
        return Path.of(indexed ? location.substring(0, comma) : location);
    }

    /** The configured font cannot be read; {@link #location()} names it for the operator. */
    static final class MissingFontException extends RuntimeException {
        private final String location;

        MissingFontException(String location, Exception cause) {
            super("The bulletin PDF font " + location + " cannot be read: install fonts-noto-cjk or set"
                    + " qinqing.appeal.bulletin.pdf-font", cause);
            this.location = location;
        }

        String location() {
            return location;
        }
    }
}
