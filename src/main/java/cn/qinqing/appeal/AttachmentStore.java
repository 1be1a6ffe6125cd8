package cn.qinqing.appeal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The attachment files on disk, outside the web root, encrypted, under random names in two levels of
 * sub-directories ({@code ab/cd/abcd...}). A file joins the database transaction that records it: it
 * is written and flushed under a temporary name ({@code .part}), moved to its final name just before
 * the transaction commits (a failed move rolls the transaction back), and deleted when the transaction
 * rolls back. So a committed row always has its file, and a case is never stored with half its
 * files; a crash between the move and the commit leaves at most an unreferenced file, which
 * {@link AttachmentSweeper} removes a day later.
 */
@Component
class AttachmentStore {

    static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{32}");
    static final String PART = ".part";

    private final Path root;
    private final AttachmentCipher cipher;
    private final SecureRandom random = new SecureRandom();

    AttachmentStore(AttachmentProperties properties, AttachmentCipher cipher) {
        this.root = properties.dir().toAbsolutePath().normalize();
        this.cipher = cipher;
    }

    Path root() {
        return root;
    }

    /** Stores the content encrypted, bound to the current transaction; returns its storage name. */
    String write(byte[] content) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("attachments are written inside a transaction");
        }
        var name = HexFormat.of().formatHex(randomBytes());
        var target = path(name);
        var part = target.resolveSibling(name + PART);
        try {
            directories(target.getParent());
            try (var channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                var buffer = ByteBuffer.wrap(cipher.encrypt(content, name));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            delete(part);
            throw new UncheckedIOException("cannot write attachment " + name, e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot move attachment " + name + " into place", e);
                }
            }

            @Override
            public void afterCompletion(int status) {
                delete(part);
                // Unknown outcome: keep the file; if its row did not commit, the sweeper removes it.
                if (status == STATUS_ROLLED_BACK) {
                    delete(target);
                }
            }
        });
        return name;
    }

    /** The content of a stored file; throws when it is missing or was altered. */
    byte[] read(String storageName) {
        try {
            return cipher.decrypt(Files.readAllBytes(path(storageName)), storageName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + storageName, e);
        }
    }

    Path path(String storageName) {
        if (!STORAGE_NAME.matcher(storageName).matches()) {
            throw new IllegalArgumentException("not a storage name: " + storageName);
        }
        return root.resolve(storageName.substring(0, 2)).resolve(storageName.substring(2, 4)).resolve(storageName);
    }

    static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }

    private byte[] randomBytes() {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    private void directories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException raced) {
            // another upload created it a moment ago
        }
    }
}
