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
    void keyedOncePerThreadItStillReadsWhatAFreshlyKeyedCipherWroteAndIndexesAsHmacSm3() throws Exception {
        var ring = new KeyRing(new SecretProperties(Map.of(), true, keys));
        var cipher = new PersonalDataCipher(ring);
        var iv = new byte[12];
        iv[0] = 7;
        var fresh = (org.bouncycastle.crypto.modes.GCMBlockCipher) org.bouncycastle.crypto.modes.GCMBlockCipher
                .newInstance(new org.bouncycastle.crypto.engines.SM4Engine());
        fresh.init(true, new org.bouncycastle.crypto.params.AEADParameters(
                new org.bouncycastle.crypto.params.KeyParameter(ring.key("personaldata", 16)), 128, iv));
        var plain = "37050319800101123X".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var body = new byte[fresh.getOutputSize(plain.length)];
        fresh.doFinal(body, fresh.processBytes(plain, 0, plain.length, body, 0));
        var stored = new byte[1 + 12 + body.length];
        stored[0] = 1;
        System.arraycopy(iv, 0, stored, 1, 12);
        System.arraycopy(body, 0, stored, 13, body.length);

        assertThat(cipher.decrypt(stored)).isEqualTo("37050319800101123X");
        assertThat(cipher.blindIndex("13812345678")).isEqualTo(Sm3.hmacHex(ring.key("blindindex", 32), "13812345678"));
    }

    @Test
    void threadsEncryptDecryptAndIndexIndependently() throws Exception {
        var cipher = cipher();
        var expected = cipher.blindIndex("13800000000");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Boolean>>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        var value = "1380000" + thread + "%03d".formatted(i);
                        if (!value.equals(cipher.decrypt(cipher.encrypt(value)))) {
                            return false;
                        }
                        if (!expected.equals(cipher.blindIndex("13800000000"))) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFailedDecryptionLeavesTheThreadsCipherUsable() {
        var cipher = cipher();
        var stored = cipher.encrypt("13812345678");
        stored[5] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(IllegalArgumentException.class);
        assertThat(cipher.decrypt(cipher.encrypt("13812345678"))).isEqualTo("13812345678");
    }

    @Test
    void missingKeysStopTheStartWhenGenerationIsOff() {
        var ring = new KeyRing(new SecretProperties(Map.of(), false, keys));
        assertThatThrownBy(() -> new PersonalDataCipher(ring))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("QINQING_SECRETS_KEYS_PERSONALDATA");
    }
}
