package cn.qinqing.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every text exists in Chinese and in English: both files of each bundle named in
 * {@code spring.messages.basename} have the same keys and the same placeholders, no key is
 * defined by two bundles (the first would silently win), and every plain {@code #{key}} a
 * template uses is defined.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)\\s*[}(]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}']+}");

    @Test
    void chineseAndEnglishFilesOfEveryBundleHaveTheSameKeys() {
        var problems = new ArrayList<String>();
        for (var basename : basenames()) {
            var chinese = load(basename, "");
            var english = load(basename, "_en");
            missing(chinese.keySet(), english.keySet()).forEach(k -> problems.add(file(basename, "_en") + " lacks " + k));
            missing(english.keySet(), chinese.keySet()).forEach(k -> problems.add(file(basename, "") + " lacks " + k));
        }
        assertThat(problems).as("keys missing in one language").isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        var problems = new ArrayList<String>();
        for (var basename : basenames()) {
            var chinese = load(basename, "");
            var english = load(basename, "_en");
            chinese.forEach((key, text) -> {
                if (english.containsKey(key) && !placeholders(text).equals(placeholders(english.get(key)))) {
                    problems.add(basename + ": " + key + " has " + placeholders(text) + " in Chinese but "
                            + placeholders(english.get(key)) + " in English");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        var owners = new TreeMap<String, List<String>>();
        for (var basename : basenames()) {
            load(basename, "").keySet().forEach(k -> owners.computeIfAbsent(k, x -> new ArrayList<>()).add(basename));
        }
        var duplicates = owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + e.getValue()).toList();
        assertThat(duplicates).as("the first bundle would silently win").isEmpty();
    }

    @Test
    void everyPlainKeyUsedInTemplatesExistsInBothLanguages() throws IOException {
        var chinese = new TreeSet<String>();
        var english = new TreeSet<String>();
        for (var basename : basenames()) {
            chinese.addAll(load(basename, "").keySet());
            english.addAll(load(basename, "_en").keySet());
        }
        var used = templateKeys();
        assertThat(used).as("the scan finds the keys of the page shell").containsKeys("nav.home", "login.failed");
        var problems = new ArrayList<String>();
        used.forEach((key, template) -> {
            if (!chinese.contains(key)) {
                problems.add(key + " (used in " + template + ") is missing in Chinese");
            }
            if (!english.contains(key)) {
                problems.add(key + " (used in " + template + ") is missing in English");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theBasenamesComeFromTheApplicationConfiguration() {
        assertThat(basenames()).contains("messages/shared");
        assertThat(basenames()).allSatisfy(b -> assertThat(RESOURCES.resolve(b + ".properties")).isRegularFile());
    }

    @SuppressWarnings("unchecked")
    static List<String> basenames() {
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.yml"), StandardCharsets.UTF_8)) {
            var first = (Map<String, Object>) new Yaml().loadAll(reader).iterator().next();
            var spring = (Map<String, Object>) first.get("spring");
            var messages = (Map<String, Object>) spring.get("messages");
            return Arrays.stream(messages.get("basename").toString().split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(String basename, String suffix) {
        var path = RESOURCES.resolve(basename + suffix + ".properties");
        assertThat(path).as("bundle file").isRegularFile();
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var map = new TreeMap<String, String>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

    /** Plain keys ({@code #{a.b}} or {@code #{a.b(...)}}) by the first template that uses them. */
    private static Map<String, String> templateKeys() throws IOException {
        var templates = RESOURCES.resolve("templates");
        var keys = new TreeMap<String, String>();
        try (var files = Files.walk(templates)) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var name = templates.relativize(file).toString();
                TEMPLATE_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8)).results()
                        .forEach(m -> keys.putIfAbsent(m.group(1), name));
            }
        }
        return keys;
    }

    private static Set<String> missing(Set<String> present, Set<String> in) {
        return present.stream().filter(k -> !in.contains(k)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String file(String basename, String suffix) {
        return basename + suffix + ".properties";
    }
}
