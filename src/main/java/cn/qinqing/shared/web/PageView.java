package cn.qinqing.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as the API returns it:
 * {@code {"content":[...],"page":{"number":0,"size":20,"totalElements":N,"totalPages":M}}}.
 */
public record PageView<T>(List<T> content, PageInfo page) {

    /** Where the page lies in the whole list; {@code number} counts from 0. */
    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }

    public PageView {
        content = List.copyOf(content);
    }

    public static <T> PageView<T> of(List<T> content, int number, int size, long totalElements) {
        int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        return new PageView<>(content, new PageInfo(number, size, totalElements, totalPages));
    }

    public <R> PageView<R> map(Function<? super T, ? extends R> mapper) {
        return new PageView<>(content.stream().<R>map(mapper).toList(), page);
    }
}
