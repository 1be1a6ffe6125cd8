package cn.qinqing.shared.web;

import java.util.List;

/**
 * One page of a list, as the API returns it:
 * {@code {"content":[...],"page":{"number":0,"size":20,"totalElements":N,"totalPages":M}}}.
 */
public record PageView<T>(List<T> content, PageInfo page) {

    /** Where the page lies in the whole list; {@code number} counts from 0. */
    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }

    public PageView {
        content = List.copyOf(content);
    }

    public static <T> PageView<T> of(List<T> content, int number, int size, long total) {
        int pages = size <= 0 ? 0 : (int) ((total + size - 1) / size);
        return new PageView<>(content, new PageInfo(number, size, total, pages));
    }
}
