package cn.qinqing.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/** Hands out named secret keys; see {@link SecretProperties} for where they come from. */
@Component
public class KeyRing {

    private final SecretProperties properties;
    private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

    KeyRing(SecretProperties properties) {
        this.properties = properties;
    }

    /** The key called {@code name}, of {@code length} bytes. */
    public byte[] key(String name, int length) {
        return cache.computeIfAbsent(name, n -> load(n, length)).clone();
    }

    private byte[] load(String name, int length) {
        var configured = properties.keys().get(name);
        if (configured != null && !configured.isBlank()) {
            return decode(name, configured.trim(), length);
        }
        if (!properties.generateMissing()) {
            throw new IllegalStateException("缺少密钥 qinqing.secrets.keys." + name
                    + "（环境变量 QINQING_SECRETS_KEYS_" + name.toUpperCase().replace('-', '_')
                    + "，" + (length * 2) + " 位十六进制）/ missing secret key " + name);
        }
        return generated(name, length);
    }

    private byte[] generated(String name, int length) {
        var file = properties.generatedDirectory().resolve(name + ".key");
        try {
            if (Files.exists(file)) {
                return decode(name, Files.readString(file, StandardCharsets.US_ASCII).trim(), length);
            }
            Files.createDirectories(file.getParent());
            var key = new byte[length];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the directory's own protection has to do
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读写开发密钥文件 " + file, e);
        }
    }

    private static byte[] decode(String name, String hex, int length) {
        try {
            var key = HexFormat.of().parseHex(hex);
            if (key.length != length) {
                throw new IllegalStateException("密钥 " + name + " 长度应为 " + (length * 2) + " 位十六进制");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("密钥 " + name + " 不是十六进制", e);
        }
    }
}
