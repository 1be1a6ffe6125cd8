package cn.qinqing.shared.crypto;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Secret keys come from configuration (environment variables such as
 * {@code QINQING_SECRETS_KEYS_AUDIT}), never from the source tree. For the embedded
 * development set-up missing keys are generated into {@code generatedDirectory}; production
 * turns {@code generateMissing} off so a missing key stops the start.
 *
 * @param keys               name -> key as 64 hex characters (256 bit) or 32 (128 bit)
 * @param generateMissing    generate and keep a random key for a name that has none
 * @param generatedDirectory where generated keys are kept
 */
@ConfigurationProperties("qinqing.secrets")
public record SecretProperties(Map<String, String> keys, boolean generateMissing, Path generatedDirectory) {

    public SecretProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        if (generatedDirectory == null) {
            generatedDirectory = Path.of("data", "keys");
        }
    }
}
