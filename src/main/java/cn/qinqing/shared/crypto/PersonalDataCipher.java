package cn.qinqing.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest (ID numbers, mobiles, case texts) with SM4-GCM (GB/T 32907),
 * a fresh random 96-bit IV per value, and computes a blind index - HMAC-SM3 under a separate key -
 * so exact lookups and duplicate checks work without decrypting. Stored form:
 * {@code version(1) | iv(12) | ciphertext+tag}. Keys come from the {@link KeyRing}.
 */
@Component
public class PersonalDataCipher {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] encryptionKey;
    private final byte[] indexKey;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(KeyRing keys) {
        this.encryptionKey = keys.key("personaldata", 16);
        this.indexKey = keys.key("blindindex", 32);
    }

    public byte[] encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        var cipher = cipher(true, iv);
        var input = plaintext.getBytes(StandardCharsets.UTF_8);
        var out = new byte[1 + IV_BYTES + cipher.getOutputSize(input.length)];
        out[0] = VERSION;
        System.arraycopy(iv, 0, out, 1, IV_BYTES);
        var n = cipher.processBytes(input, 0, input.length, out, 1 + IV_BYTES);
        try {
            cipher.doFinal(out, 1 + IV_BYTES + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public String decrypt(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalArgumentException("not a Qinqing SM4-GCM value");
        }
        var cipher = cipher(false, Arrays.copyOfRange(stored, 1, 1 + IV_BYTES));
        var out = new byte[cipher.getOutputSize(stored.length - 1 - IV_BYTES)];
        var n = cipher.processBytes(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES, out, 0);
        try {
            n += cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalArgumentException("the value was altered or the key is wrong", e);
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** HMAC-SM3 of the normalised value: equal inputs give equal indexes, nothing else leaks. */
    public String blindIndex(String plaintext) {
        return plaintext == null ? null
                : HexFormat.of().formatHex(Sm3.hmac(indexKey, plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    private GCMBlockCipher cipher(boolean encrypt, byte[] iv) {
        var cipher = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(encryptionKey), TAG_BITS, iv));
        return cipher;
    }
}
