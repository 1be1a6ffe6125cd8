package cn.qinqing.appeal.web;

import cn.qinqing.shared.web.PageView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the previous and next page of a list that keep its filters; null where there is none. */
record PageLinks(String previous, String next, int current, int pages, long total) {

    static PageLinks of(HttpServletRequest request, PageView<?> view) {
        var page = view.page();
        return new PageLinks(page.number() > 0 ? link(request, page.number() - 1) : null,
                page.number() + 1 < page.totalPages() ? link(request, page.number() + 1) : null,
                page.number() + 1, Math.max(page.totalPages(), 1), page.totalElements());
    }

    private static String link(HttpServletRequest request, int number) {
        var builder = UriComponentsBuilder.fromPath(request.getContextPath() + request.getServletPath());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page")) {
                builder.queryParam(name, (Object[]) values);
            }
        });
        return builder.queryParam("page", number).build().encode().toUriString();
    }
}
