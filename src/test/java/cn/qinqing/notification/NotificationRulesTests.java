package cn.qinqing.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Rules of a notice, of mobile numbers and of the log gateway, without Spring. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationRulesTests {

    @Test
    void validMobilesAreAcceptedAndMaskedAndEverythingElseIsRefused() {
        var random = new Random(20260301);
        for (int i = 0; i < 2_000; i++) {
            var valid = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            assertThat(Mobiles.valid(Mobiles.normalise(valid))).as(valid).isTrue();
            assertThat(Mobiles.mask(valid)).isEqualTo(valid.substring(0, 3) + "****" + valid.substring(7));
            var wrongPrefix = "1" + random.nextInt(3) + valid.substring(2);
            var tooShort = valid.substring(0, 10);
            var tooLong = valid + random.nextInt(10);
            var letter = valid.substring(0, 5) + "a" + valid.substring(6);
            assertThat(Set.of(wrongPrefix, tooShort, tooLong, letter))
                    .allSatisfy(bad -> assertThat(Mobiles.valid(Mobiles.normalise(bad))).as(bad).isFalse());
        }
        assertThat(Mobiles.normalise("+86 138-1234-5678")).isEqualTo("13812345678");
        assertThat(Mobiles.normalise("１３８１２３４５６７８")).isEqualTo("13812345678");
        assertThat(Mobiles.normalise("  ")).isNull();
    }

    @Test
    void longTitlesAndBodiesAreCutNeverRefusedAndNeverSplitACharacter() {
        var random = new Random(7);
        for (int i = 0; i < 200; i++) {
            var title = randomText(random, 1 + random.nextInt(300));
            var body = randomText(random, random.nextInt(5000));
            var notice = Notice.inApp(1, title, body, "/appeals/" + i);
            assertThat(notice.title().length()).isLessThanOrEqualTo(Notice.TITLE_MAX);
            assertThat(notice.body().length()).isLessThanOrEqualTo(Notice.BODY_MAX);
            assertThat(wellFormed(notice.title())).as("no half of a surrogate pair left").isTrue();
            assertThat(wellFormed(notice.body())).isTrue();
        }
    }

    @Test
    void aLinkMustBeAPathInsideTheApp() {
        assertThat(Notice.inApp(1, "标题", "", "/appeals/12?tab=history").link()).isEqualTo("/appeals/12?tab=history");
        for (var bad : new String[] {"appeals/12", "//evil.example.com", "https://evil.example.com", "/a b", "/\\\\evil"}) {
            assertThatThrownBy(() -> Notice.inApp(1, "标题", "", bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Notice.inApp(1, " ", "", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice(1L, null, null, "标题", "", null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoticeNeverPrintsItsAddresses() {
        var notice = new Notice(1L, "wang@example.com", "13812345678", "标题", "", null, Set.of(Channel.EMAIL, Channel.SMS));
        assertThat(notice.toString()).doesNotContain("wang@example.com").doesNotContain("13812345678");
    }

    @Test
    void theLogGatewayWritesTheWholeTextButMasksTheMobile(CapturedOutput output) {
        new LoggingSmsGateway().send("13812345678", "您的验证码为 493817，5 分钟内有效");

        assertThat(output.getOut()).contains("138****5678").contains("493817").doesNotContain("13812345678");
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String randomText(Random random, int length) {
        var sb = new StringBuilder();
        while (sb.length() < length) {
            var pick = random.nextInt(3);
            if (pick == 0) {
                sb.append((char) ('a' + random.nextInt(26)));
            } else if (pick == 1) {
                sb.append((char) (0x4E00 + random.nextInt(0x5000)));
            } else {
                sb.appendCodePoint(0x1F600 + random.nextInt(50));
            }
        }
        return sb.toString();
    }
}
