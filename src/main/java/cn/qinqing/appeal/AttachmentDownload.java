package cn.qinqing.appeal;

/** An attachment's content for download, with its original name and the content type its content has. */
public record AttachmentDownload(String name, String contentType, byte[] content) {
}
