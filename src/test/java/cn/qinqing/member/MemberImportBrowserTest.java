package cn.qinqing.member;

import static cn.qinqing.member.ImportFixture.enterprise;
import static cn.qinqing.member.ImportFixture.with;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.support.BrowserSupport;
import cn.qinqing.support.Viewport;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** In Chinese, in a real browser: import a file with an error, see the result, download the error rows. */
class MemberImportBrowserTest extends BrowserSupport {

    /** An import on a busy machine can take longer than Playwright's default five seconds. */
    private static final LocatorAssertions.HasTextOptions IMPORT_DONE = new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    @Test
    void onADesktopAnImportWithAnErrorShowsTheCountsAndHandsTheBadRowBack() throws Exception {
        var u = ImportFixture.unique();
        var account = accounts().ready("导入员" + u, Role.STAFF);
        open(Viewport.DESKTOP);
        logIn(account);
        page.navigate("/members/import");
        assertThat(page.locator("h1")).hasText("批量导入会员");

        page.locator("#file").setInputFiles(file(u));
        page.locator("#import-submit").click();

        assertThat(page.locator("#count-imported")).hasText("新增 1 个会员", IMPORT_DONE);
        assertThat(page.locator("#count-rejected")).hasText("拒绝 1 行");
        assertThat(page.locator("#import-progress")).isHidden();
        assertThat(page.locator("#error-table tbody tr")).hasCount(1);
        assertThat(page.locator("#error-table tbody td").nth(1)).hasText("手机号");
        var download = page.waitForDownload(() -> page.locator("#errors-download").click());
        var rows = read(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(rows).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(rows.get(0)).endsWith("错误原因");
        org.assertj.core.api.Assertions.assertThat(rows.get(1)).contains("浏览器导入坏" + u).contains("第 3 行");
        org.assertj.core.api.Assertions.assertThat(consoleErrors()).isEmpty();
        screenshot("import-result");
    }

    @Test
    void onAPhoneADryRunFitsTheScreenAndStoresNothing() throws Exception {
        var u = ImportFixture.unique();
        var account = accounts().ready("试导入员" + u, Role.STAFF);
        open(Viewport.PHONE);
        logIn(account);
        page.navigate("/members/import");

        page.locator("#file").setInputFiles(file(u));
        page.locator("#dry-run").check();
        page.locator("#import-submit").click();

        assertThat(page.locator("#import-result h2")).hasText("试导入结果（未保存）", IMPORT_DONE);
        assertThat(page.locator("#count-imported")).hasText("新增 1 个会员");
        assertThat(page.locator("#dry-run")).isChecked();
        var overflow = (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isFalse();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from member where name = ?")
                .param("浏览器导入" + u).query(Long.class).single()).isZero();
        screenshot("dry-run");
    }

    private java.nio.file.Path file(String u) throws Exception {
        var path = Files.createTempFile("browser-import", ".xlsx");
        Files.write(path, ImportFixture.xlsx(List.of(enterprise("浏览器导入" + u),
                with(enterprise("浏览器导入坏" + u), ImportColumn.MOBILE, "123"))));
        path.toFile().deleteOnExit();
        return path;
    }

    private static List<String> read(byte[] xlsx) throws Exception {
        var rows = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }
}
