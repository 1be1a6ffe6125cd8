package cn.qinqing.appeal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and place of case attachments ({@code qinqing.appeal.attachments.*}).
 *
 * @param dir              where the encrypted files live, outside the web root
 * @param maxFileSize      one file at most (10 MB)
 * @param maxCaseSize      all files of one case together at most (30 MB)
 * @param maxFiles         files per case at most (10)
 * @param maxZipEntries    entries a .docx or .xlsx may have (1,000): more is a zip bomb or not an office file
 * @param maxZipInflated   what a .docx or .xlsx may inflate to in all (100 MB): more is a zip bomb
 */
@ConfigurationProperties("qinqing.appeal.attachments")
public record AttachmentProperties(Path dir, DataSize maxFileSize, DataSize maxCaseSize, Integer maxFiles,
                                   Integer maxZipEntries, DataSize maxZipInflated) {

    public AttachmentProperties {
        dir = dir == null ? Path.of("data", "attachments") : dir;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxCaseSize = maxCaseSize == null ? DataSize.ofMegabytes(30) : maxCaseSize;
        maxFiles = maxFiles == null ? 10 : maxFiles;
        maxZipEntries = maxZipEntries == null ? 1_000 : maxZipEntries;
        maxZipInflated = maxZipInflated == null ? DataSize.ofMegabytes(100) : maxZipInflated;
    }

    /** Whole megabytes, for messages. */
    static long megabytes(DataSize size) {
        return Math.max(1, size.toMegabytes());
    }
}
