package cn.qinqing.appeal;

import java.time.OffsetDateTime;

/**
 * One attachment of a case as those who may see the case list it (附件): the name the submitter
 * gave it (decrypted), what it is by content, its size and who attached it when.
 */
public record AttachmentView(long id, long appealId, String name, AttachmentType type, long size,
                             String uploadedBy, OffsetDateTime uploadedAt) {
}
