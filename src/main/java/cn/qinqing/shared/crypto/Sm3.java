package cn.qinqing.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM3 (GB/T 32905) hashes and HMAC-SM3, the 国密 replacements for SHA-256 and HMAC-SHA256. */
public final class Sm3 {

    private Sm3() {
    }

    public static byte[] hmac(byte[] key, byte[] data) {
        var mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        var out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    public static String hmacHex(byte[] key, String data) {
        return HexFormat.of().formatHex(hmac(key, data.getBytes(StandardCharsets.UTF_8)));
    }

    public static String hashHex(String data) {
        var digest = new SM3Digest();
        var bytes = data.getBytes(StandardCharsets.UTF_8);
        digest.update(bytes, 0, bytes.length);
        var out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
