package cn.qinqing.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalDataCipherTests {

    @TempDir
    Path keys;

    private PersonalDataCipher cipher() {
        return new PersonalDataCipher(new KeyRing(new SecretProperties(Map.of(), true, keys)));
    }

    @Test
    void roundTripsAndNeverEncryptsTheSameValueTwiceAlike() {
        var cipher = cipher();
        var first = cipher.encrypt("13812345678");
        var second = cipher.encrypt("13812345678");
        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("13812345678");
        assertThat(cipher.decrypt(cipher.encrypt("通海集团 张三"))).isEqualTo("通海集团 张三");
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("1381234");
    }

    @Test
    void detectsAlteredCiphertext() {
        var cipher = cipher();
        var stored = cipher.encrypt("37050319800101123X");
        stored[stored.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blindIndexIsStableForEqualValuesAndDiffersOtherwise() {
        var cipher = cipher();
        assertThat(cipher.blindIndex("13812345678")).isEqualTo(cipher.blindIndex("13812345678")).hasSize(64);
        assertThat(cipher.blindIndex("13812345678")).isNotEqualTo(cipher.blindIndex("13812345679"));
    }

    @Test
    void missingKeysStopTheStartWhenGenerationIsOff() {
        var ring = new KeyRing(new SecretProperties(Map.of(), false, keys));
        assertThatThrownBy(() -> new PersonalDataCipher(ring))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("QINQING_SECRETS_KEYS_PERSONALDATA");
    }
}
