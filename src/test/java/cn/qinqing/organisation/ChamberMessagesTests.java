package cn.qinqing.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every chamber text exists in Chinese and English, and every key the code and pages use is defined. */
class ChamberMessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern USED_KEY = Pattern.compile("(?:#\\{|\")(chamber\\.[a-z][a-zA-Z0-9.-]*[a-zA-Z0-9])");

    static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("messages").resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameNonEmptyKeys() throws IOException {
        var chinese = load("chamber.properties");
        var english = load("chamber_en.properties");

        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
        assertThat(chinese.stringPropertyNames()).allSatisfy(k -> assertThat(chinese.getProperty(k)).isNotBlank());
        assertThat(english.stringPropertyNames()).allSatisfy(k -> assertThat(english.getProperty(k)).isNotBlank());
    }

    @Test
    void everyKeyUsedByTheChamberCodeAndPagesIsDefined() throws IOException {
        var defined = load("chamber.properties").stringPropertyNames();
        var used = new TreeSet<String>();
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/java/cn/qinqing/organisation")),
                Files.walk(RESOURCES.resolve("templates/chamber")))) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var matcher = USED_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).allSatisfy(key -> assertThat(defined).as(key).contains(key));
        assertEnumLabels(defined, "chamber.kind.", ChamberKind.values());
        assertEnumLabels(defined, "chamber.five-has.", FiveHasItem.values());
        assertEnumLabels(defined, "chamber.level.", AssessmentLevel.values());
        assertEnumLabels(defined, "chamber.credit-kind.", cn.qinqing.shared.standard.CreditCodeKind.values());
    }

    private static void assertEnumLabels(Set<String> defined, String prefix, Enum<?>[] values) {
        for (var value : values) {
            assertThat(defined).contains(prefix + value.name());
        }
    }
}
