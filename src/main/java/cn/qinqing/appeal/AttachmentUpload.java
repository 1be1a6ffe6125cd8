package cn.qinqing.appeal;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as uploaded, unchecked: the name the browser sent, its size and its bytes
 * (a {@code MultipartFile} is an {@link InputStreamSource}).
 */
public record AttachmentUpload(String fileName, long size, InputStreamSource content) {
}
