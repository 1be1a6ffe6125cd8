package cn.qinqing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.BasicJsonParser;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: no cycles, and no module reaches into another's internals.
 * Also writes the module diagrams and canvases to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private static final Path JAVADOC_JSON = Path.of("target/generated-spring-modulith/javadoc.json");
    /** A quoted phrase with a comma inside, written as JSON: {@code \"A,B\"}. */
    private static final Pattern QUOTED_COMMA = Pattern.compile("\\\\\"[^\"\\\\]*,[^\"\\\\]*\\\\\"");

    private final ApplicationModules modules = ApplicationModules.of(QinqingApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedApi() {
        modules.verify();
    }

    @Test
    void theBusinessCapabilitiesAreModules() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("account", "audit", "organisation", "shared");
    }

    /**
     * The documenter reads the Javadoc that spring-modulith-apt collects with Spring Boot's
     * BasicJsonParser, which breaks on a comma inside double quotes (spring-modulith#1685) and
     * then fails with a bare ExceptionInInitializerError. This names the culprit instead.
     */
    @Test
    void javadocCollectedForTheDocumenterIsReadable() throws IOException {
        assertThat(JAVADOC_JSON).as("written by spring-modulith-apt during compile").isRegularFile();
        var json = Files.readString(JAVADOC_JSON, StandardCharsets.UTF_8);
        try {
            assertThat(new BasicJsonParser().parseList(json)).isNotEmpty();
        } catch (RuntimeException e) {
            var suspects = QUOTED_COMMA.matcher(json).results().map(m -> context(json, m.start())).toList();
            throw new AssertionError("The documenter cannot read " + JAVADOC_JSON + " (" + e.getCause()
                    + "). Javadoc with a comma inside double quotes breaks it; write {@code a,b} instead. Suspects: "
                    + suspects, e);
        }
    }

    @Test
    void moduleDocumentationIsWritten() {
        new Documenter(modules).writeDocumentation();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).isRegularFile();
        modules.forEach(module -> assertThat(
                Path.of("target/spring-modulith-docs/module-" + module.getIdentifier() + ".adoc")).isRegularFile());
    }

    private static String context(String json, int at) {
        var type = json.lastIndexOf("{\"name\":\"", at);
        var end = json.indexOf('"', type + 9);
        return (type < 0 ? "?" : json.substring(type + 9, end)) + ": " + json.substring(Math.max(0, at - 60), Math.min(json.length(), at + 60));
    }
}
