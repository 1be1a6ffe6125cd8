package cn.qinqing.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.TestAccounts;
import cn.qinqing.support.TestAccounts.TestAccount;
import cn.qinqing.support.Viewport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import com.microsoft.playwright.options.RequestOptions;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;

/**
 * What the demo tour checks on every page it reaches: the shell (not the error page) with a Chinese
 * heading, no failed request, no console error, no unresolved bundle key, no stray English word, and
 * at phone width no sideways scrolling. Content findings are collected softly so one run names them all.
 */
abstract class DemoTourSupport extends BrowserSupport {

    /** A Latin word standing alone in the text (not part of a code such as 91370503QQ… or WQ2026…). */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9_.@/-])[A-Za-z]{3,}(?![A-Za-z0-9_@/-])");
    /** Latin words a Chinese page may show: file formats (and the accounts' usernames). */
    private static final Set<String> LATIN_ALLOWED = Set.of("PDF", "Excel", "CSV", "xlsx", "csv", "JPG", "PNG", "Word");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** Boxes inside the content that are wider than the screen and so scroll sideways (e.g. a wide table). */
    private static final String WIDE_BOXES = """
            () => [...document.querySelectorAll('main *')]
              .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'
                           && getComputedStyle(e).overflowX !== 'hidden')
              .map(e => (e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))
                        + ' ' + e.scrollWidth + '>' + e.clientWidth)""";

    private final Set<String> touched = new LinkedHashSet<>();
    protected SoftAssertions softly;
    private Viewport viewport;
    private final List<String> failedRequests = new CopyOnWriteArrayList<>();
    private final List<String> visited = new ArrayList<>();
    private int errorsSeen;
    private String codes;
    /** The links the pages showed, one per kind of address (see {@link #kind}): the address and the page it was on. */
    private final Map<String, String[]> links = new LinkedHashMap<>();
    /** The kinds of address the tour opened itself and found working. */
    private final Set<String> visitedKinds = new HashSet<>();
    private String role;

    /** Opens a fresh browser context that also records every answer of 400 or more. */
    protected void start(Viewport size, String who) {
        softly = new SoftAssertions();
        role = who;
        visited.clear();
        viewport = size;
        failedRequests.clear();
        errorsSeen = 0;
        codes = null;
        links.clear();
        visitedKinds.clear();
        open(size).onResponse(response -> {
            if (response.status() >= 400) {
                failedRequests.add(response.status() + " " + response.url());
            }
        });
    }

    /**
     * One role's tour: a fresh browser context at the size, sign in, the welcome page with the role's left
     * menu, then {@code walk}; at the end every soft finding is reported at once.
     */
    protected void tour(String role, Viewport size, TestAccount account, List<String> menu, Runnable walk) {
        start(size, role);
        logIn(account);
        check("欢迎您，" + account.displayName());
        assertThat(menu()).containsExactlyElementsOf(menu);
        walk.run();
        checkLinks();
        softly.assertAll();
    }

    /** A demo account with {@link TestAccounts#PASSWORD} and no pending change, for this test only. */
    protected TestAccount demoAccount(String username) {
        return withPassword(username, TestAccounts.PASSWORD, false);
    }

    /** Gives a demo account a password, optionally still one-time, for this test only. */
    protected TestAccount withPassword(String username, String password, boolean oneTime) {
        touched.add(username);
        return accounts().withPassword(username, password, oneTime);
    }

    /**
     * Hands the demo accounts a test signed in with back with a (new) one-time password, as the demo made
     * them: the demo tests sharing this Spring context and database find them so, whatever ran first.
     */
    @AfterEach
    void giveBackDemoAccounts() {
        for (var username : touched) {
            accounts().withPassword(username, "Demo#" + UUID.randomUUID().toString().substring(0, 12), true);
        }
        touched.clear();
    }

    /** The texts of the left menu's links, in order. */
    protected List<String> menu() {
        return page.locator("#qq-nav a.nav-link").allTextContents().stream().map(String::strip).toList();
    }

    /** Clicks a left-menu entry (opening the menu first on a phone) and checks the page it leads to. */
    protected void viaMenu(String entry, String heading) {
        if (viewport == Viewport.PHONE) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单").setExact(true)).click();
            assertThat(page.locator("#qq-nav")).hasClass(Pattern.compile("\\bshow\\b"));
        }
        follow(page.locator("#qq-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry).setExact(true)),
                heading);
    }

    /** Clicks a link and checks the page it leads to; answers the page's heading. */
    protected String follow(Locator link, String heading) {
        var href = link.getAttribute("href");
        link.click();
        assertThat(page).hasURL(Pattern.compile(".*" + literal(href) + "([?#].*)?$"));
        return check(heading);
    }

    /** Checks the current page; {@code heading} is the start of its level-1 heading. */
    protected String check(String heading) {
        page.waitForLoadState(LoadState.LOAD);
        var path = page.url().replaceFirst("^https?://[^/]+", "");
        visited.add(path);
        visitedKinds.add(kind(path));
        assertThat(page.locator("#qq-nav")).hasCount(1);
        var h1 = page.locator("main h1").first();
        assertThat(h1).hasText(Pattern.compile("^\\s*" + literal(heading)));
        var title = h1.innerText().strip();
        softly.assertThat(CJK.matcher(title).find()).as("%s: heading %s is Chinese", path, title).isTrue();
        var text = page.locator("body").innerText();
        softly.assertThat(text).as("%s: unresolved bundle key", path).doesNotContain("??");
        softly.assertThat(page.title()).as("%s: document title", path).containsPattern(CJK).doesNotContain("??");
        softly.assertThat(latinWords()).as("%s: English words on a Chinese page", path).isEmpty();
        collectLinks(path);
        softly.assertThat(failedRequests).as("%s: failed requests", path).isEmpty();
        failedRequests.clear();
        var errors = consoleErrors();
        softly.assertThat(errors.subList(Math.min(errorsSeen, errors.size()), errors.size()))
                .as("%s: console errors", path).isEmpty();
        errorsSeen = errors.size();
        if (viewport == Viewport.PHONE) {
            var width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            softly.assertThat(width).as("%s: no sideways scrolling at 375 px", path).isLessThanOrEqualTo(375);
            softly.assertThat(page.evaluate(WIDE_BOXES)).as("%s: boxes that scroll sideways at 375 px", path)
                    .asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        }
        screenshot(String.format("%s-%02d-%s", role, visited.size(), path.replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-|-$", "")));
        return title;
    }

    /** Latin words in the page's content, less the allowed ones, usernames and what {@link #codesIn} exempts. */
    private List<String> latinWords() {
        var exempt = new HashSet<String>(jdbc.sql("select username from app_user").query(String.class).list());
        exempt.addAll(LATIN_ALLOWED);
        if (codes != null) {
            page.locator(codes).allInnerTexts().forEach(text -> LATIN_WORD.matcher(text).results()
                    .forEach(m -> exempt.add(m.group())));
        }
        return LATIN_WORD.matcher(page.locator("main").innerText()).results().map(MatchResult::group)
                .filter(word -> !exempt.contains(word)).distinct().toList();
    }

    /** Exempts the elements this selector finds from the language check (codes that are data, not text). */
    protected void codesIn(String selector) {
        codes = selector;
    }

    /** Notes the page's links to this application, one per kind of address, for {@link #checkLinks()}. */
    private void collectLinks(String path) {
        @SuppressWarnings("unchecked")
        var hrefs = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('a[href]')].map(a => a.href)
                  .filter(h => h.startsWith(location.origin) && !h.includes('lang='))""");
        for (var href : hrefs) {
            var address = href.substring(href.indexOf('/', 8)).replaceFirst("#.*$", "");
            if (!address.isEmpty()) {
                links.putIfAbsent(kind(address), new String[] {address, path});
            }
        }
    }

    /**
     * Requests, in this session, one link of every kind the pages showed that the tour did not open itself
     * (those it opened answered with their page), and reports those that fail: a link a role sees must lead
     * somewhere it may go. Done once at the end of a tour, so that a page is not fetched twice.
     */
    protected void checkLinks() {
        var broken = new ArrayList<String>();
        links.forEach((kind, link) -> {
            if (visitedKinds.contains(kind)) {
                return;
            }
            var response = page.request().get(link[0], RequestOptions.create().setMaxRedirects(0));
            if (response.status() >= 400) {
                broken.add(response.status() + " " + link[0] + " (on " + link[1] + ")");
            }
            response.dispose();
        });
        softly.assertThat(broken).as("links that fail").isEmpty();
        links.clear();
    }

    /** The kind of an address: its digits and query values left out. */
    private static String kind(String address) {
        return address.replaceAll("\\d+", "N").replaceAll("=[^&]*", "=");
    }

    /** Opens a forbidden path directly and expects the Chinese 403 page. */
    protected void forbidden(String path) {
        refused(path, 403);
    }

    /** Opens an out-of-scope record directly and expects the Chinese 404 page (as for an unknown id). */
    protected void hidden(String path) {
        refused(path, 404);
    }

    private void refused(String path, int status) {
        page.navigate(path);
        softly.assertThat(page.locator("h1").first().innerText().strip()).as("%s answers %d", path, status)
                .isEqualTo(String.valueOf(status));
        softly.assertThat(page.title()).as("%s: error title", path).containsPattern(CJK);
        failedRequests.removeIf(r -> r.startsWith(status + " "));
    }

    /** The total a list states under its table ("共 N 条"). */
    protected long total() {
        var m = Pattern.compile("共\\s*(\\d+)\\s*条").matcher(page.locator("main").innerText());
        if (!m.find()) {
            throw new AssertionError("no total on " + page.url());
        }
        return Long.parseLong(m.group(1));
    }

    /** A regular expression matching the text literally; Playwright hands patterns to JavaScript, which knows no \Q. */
    protected static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
