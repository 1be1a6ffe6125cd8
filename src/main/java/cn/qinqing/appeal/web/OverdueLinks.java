package cn.qinqing.appeal.web;

import cn.qinqing.shared.web.PageView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the previous and next page of the overdue and supervision lists that keep the filters. */
record OverdueLinks(String previous, String next, int current, int pages, long total) {

    static OverdueLinks of(HttpServletRequest request, PageView<?> view) {
        var page = view.page();
        return new OverdueLinks(page.number() > 0 ? link(request, page.number() - 1) : null,
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
