package cn.qinqing.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager under a list page ({@code fragments/list :: pager(${links})}): links to the previous and
 * next page that keep the list's filters, null where there is none. A page past the end of the list (a
 * stale or hand-edited link, or a list that shrank meanwhile) is not shown as an empty "5 / 2": making the
 * links throws {@link BeyondLastPage}, which sends the browser to the list's last page ({@link LastPageRedirect}).
 */
public record PageLinks(String previous, String next, int current, int pages, long total) {

    /** For a list shown by a GET: the request's own path and query, only the page changed. */
    public static PageLinks of(HttpServletRequest request, PageView<?> view) {
        return of(request.getContextPath() + request.getServletPath(), request.getParameterMap(), view);
    }

    /** For a list shown at another path (e.g. after a POST): that path with these parameters. */
    public static PageLinks of(String path, Map<String, String[]> parameters, PageView<?> view) {
        var page = view.page();
        if (page.number() > 0 && page.number() >= page.totalPages()) {
            throw new BeyondLastPage(link(path, parameters, Math.max(page.totalPages() - 1, 0)));
        }
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

    /** A page past the end of its list was asked for; {@code lastPage} is the address of the list's last page. */
    public static final class BeyondLastPage extends RuntimeException {

        private final String lastPage;

        BeyondLastPage(String lastPage) {
            super("page beyond the end of the list; last page " + lastPage, null, false, false);
            this.lastPage = lastPage;
        }

        public String lastPage() {
            return lastPage;
        }
    }
}
