package cn.qinqing.account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * PBKDF2 with HMAC-SM3 (国密), registered under the id {@code pbkdf2-sm3} in the
 * DelegatingPasswordEncoder. The stored form is {@code iterations$salt$hash} (Base64); every
 * hash has its own random 16-byte salt, so the same password never hashes the same twice, and
 * the iteration count travels with the hash so it can be raised without breaking old ones.
 */
final class Pbkdf2Sm3PasswordEncoder implements PasswordEncoder {

    static final String ID = "pbkdf2-sm3";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    Pbkdf2Sm3PasswordEncoder(int iterations) {
        this.iterations = iterations;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        var salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        var b64 = Base64.getEncoder();
        return iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(rawPassword, salt, iterations));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        var parts = encodedPassword.split("\\$");
        if (parts.length != 3) {
            return false;
        }
        try {
            var rounds = Integer.parseInt(parts[0]);
            var b64 = Base64.getDecoder();
            var expected = b64.decode(parts[2]);
            return MessageDigest.isEqual(expected, derive(rawPassword, b64.decode(parts[1]), rounds));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        var parts = encodedPassword.split("\\$");
        return parts.length != 3 || Integer.parseInt(parts[0]) < iterations;
    }

    private static byte[] derive(CharSequence password, byte[] salt, int rounds) {
        var generator = new PKCS5S2ParametersGenerator(new SM3Digest());
        var chars = password.toString().toCharArray();
        generator.init(PKCS5S2ParametersGenerator.PKCS5PasswordToUTF8Bytes(chars), salt, rounds);
        java.util.Arrays.fill(chars, '\0');
        return ((KeyParameter) generator.generateDerivedParameters(HASH_BITS)).getKey();
    }
}
