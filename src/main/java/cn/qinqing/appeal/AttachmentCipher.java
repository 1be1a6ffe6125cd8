package cn.qinqing.appeal;

import cn.qinqing.shared.crypto.KeyRing;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * Encrypts attachment files at rest with SM4-GCM (GB/T 32907) under a key of their own
 * ({@code qinqing.secrets.keys.attachments}): files are bulk data with their own lifetime, and
 * {@code PersonalDataCipher} encrypts strings only. A fresh 96-bit IV per file; the file's storage
 * name is the associated data, so a file copied over another's name fails to decrypt instead of
 * showing the wrong case's document. Stored form: {@code version(1) | iv(12) | ciphertext+tag}.
 * Whole files at a time: they are at most a few megabytes, and GCM must check the tag before any
 * byte is handed out.
 */
@Component
class AttachmentCipher {

    static final String KEY_NAME = "attachments";
    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyParameter key;
    private final SecureRandom random = new SecureRandom();

    AttachmentCipher(KeyRing keys) {
        this.key = new KeyParameter(keys.key(KEY_NAME, 16));
    }

    byte[] encrypt(byte[] plain, String storageName) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        var cipher = cipher(true, iv, storageName);
        var out = new byte[1 + IV_BYTES + cipher.getOutputSize(plain.length)];
        out[0] = VERSION;
        System.arraycopy(iv, 0, out, 1, IV_BYTES);
        int n = cipher.processBytes(plain, 0, plain.length, out, 1 + IV_BYTES);
        try {
            cipher.doFinal(out, 1 + IV_BYTES + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The file's content; throws when it was altered, swapped or encrypted under another key. */
    byte[] decrypt(byte[] stored, String storageName) {
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalStateException("attachment " + storageName + " is not a Qinqing SM4-GCM file");
        }
        var cipher = cipher(false, Arrays.copyOfRange(stored, 1, 1 + IV_BYTES), storageName);
        var out = new byte[cipher.getOutputSize(stored.length - 1 - IV_BYTES)];
        int n = cipher.processBytes(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES, out, 0);
        try {
            n += cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("attachment " + storageName + " was altered or the key is wrong", e);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private GCMBlockCipher cipher(boolean encrypt, byte[] iv, String storageName) {
        var cipher = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        cipher.init(encrypt, new AEADParameters(key, TAG_BITS, iv, storageName.getBytes(StandardCharsets.US_ASCII)));
        return cipher;
    }
}
