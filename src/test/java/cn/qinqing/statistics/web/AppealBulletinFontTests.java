package cn.qinqing.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The PDF font: read from the configured system file, and a clear error naming the file when it is missing. */
class AppealBulletinFontTests {

    @Test
    void aMissingFontFileIsNamedInTheError() {
        var font = new BulletinFont("/nonexistent/NotoSansCJK-Regular.ttc,2");
        assertThatThrownBy(font::get).isInstanceOfSatisfying(BulletinFont.MissingFontException.class, e -> {
            assertThat(e.location()).isEqualTo("/nonexistent/NotoSansCJK-Regular.ttc,2");
            assertThat(e.getMessage()).contains("fonts-noto-cjk", "qinqing.appeal.bulletin.pdf-font");
        });
    }

    @Test
    void theDefaultFontIsDebiansNotoSansCjkScAndCoversChinese() {
        assertThat(Path.of(BulletinFont.DEFAULT.substring(0, BulletinFont.DEFAULT.indexOf(',')))).satisfies(
                p -> assertThat(Files.isRegularFile(p)).as("fonts-noto-cjk installed").isTrue());
        var font = new BulletinFont(BulletinFont.DEFAULT).get();
        assertThat(font.charExists('诉')).isTrue();
        assertThat(font.charExists('▼')).isTrue();
        assertThat(font.getPostscriptFontName()).isEqualTo("NotoSansCJKsc-Regular");
    }
}
