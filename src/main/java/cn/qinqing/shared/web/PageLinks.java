package cn.qinqing.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager under a list page ({@code fragments/list :: pager(${links})}): links to the previous and
 * next page that keep the list's filters, null where there is none.
 */
public record PageLinks(String previous, String next, int current, int pages, long total) {

    /** For a list shown by a GET: the request's own path and query, only the page changed. */
    public static PageLinks of(HttpServletRequest request, PageView<?> view) {
        return of(request.getContextPath() + request.getServletPath(), request.getParameterMap(), view);
    }

    /** For a list shown at another path (e.g. after a POST): that path with these parameters. */
    public static PageLinks of(String path, Map<String, String[]> parameters, PageView<?> view) {
        var page = view.page();
        return new PageLinks(page.number() > 0 ? link(path, parameters, page.number() - 1) : null,
                page.number() + 1 < page.totalPages() ? link(path, parameters, page.number() + 1) : null,
                page.number() + 1, Math.max(page.totalPages(), 1), page.totalElements());
    }

    private static String link(String path, Map<String, String[]> parameters, int number) {
        var builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, values) -> {
            if (!name.equals("page")) {
                builder.queryParam(name, (Object[]) values);
            }
        });
        return builder.queryParam("page", number).build().encode().toUriString();
    }
}
