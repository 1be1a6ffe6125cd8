package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.caseBody;
import static cn.qinqing.appeal.AppealFixture.file;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import cn.qinqing.support.TestAccounts;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Attachments through {@code /api/v1/appeals/{id}/attachments}: allowed by content, capped in size and
 * number, encrypted at rest, downloadable only by those who see the case, every download audited.
 */
class AppealAttachmentTests extends AppealPublicTestSupport {

    @Test
    void eachAllowedTypeIsAcceptedAndRecognisedByItsContent() {
        var member = fx.memberAccount(fx.member("附件企业"));
        long id = file(member, caseBody("COMPLAINT", "ARREARS", "附件齐全的诉求"));

        assertThat(attach(member, id, "欠条.pdf", SampleFiles.pdf("x")).json().get("type").asString()).isEqualTo("PDF");
        assertThat(attach(member, id, "现场.jpg", SampleFiles.jpeg()).json().get("type").asString()).isEqualTo("JPEG");
        assertThat(attach(member, id, "截图.png", SampleFiles.png()).json().get("type").asString()).isEqualTo("PNG");
        assertThat(attach(member, id, "催款函.docx", SampleFiles.docx("催款函")).json().get("type").asString()).isEqualTo("DOCX");
        assertThat(attach(member, id, "明细.xlsx", SampleFiles.xlsx("38 万元")).json().get("type").asString()).isEqualTo("XLSX");
        assertThat(attach(member, id, "说明.txt", SampleFiles.text("情况说明", StandardCharsets.UTF_8)).json().get("type")
                .asString()).isEqualTo("TEXT");
        var gbk = attach(member, id, "情况", SampleFiles.text("情况说明（GBK）", Charset.forName("GBK")));
        assertThat(gbk.json().get("name").asString()).as("the extension the content has is added").isEqualTo("情况.txt");

        var list = member.get("/api/v1/appeals/" + id + "/attachments").json();
        assertThat(list).hasSize(7);
        assertThat(list.get(0).get("name").asString()).isEqualTo("欠条.pdf");
        var names = jdbc.sql("select name_cipher from appeal_attachment where appeal_id = ?").param(id)
                .query(byte[].class).list();
        assertThat(names).allSatisfy(n -> assertThat(new String(n, StandardCharsets.UTF_8)).doesNotContain("欠条", "截图"));
    }

    @Test
    void programsAndWebPagesRenamedPdfAreRefusedWithAChineseMessage() {
        var member = fx.memberAccount(fx.member("伪装企业"));
        long id = file(member, caseBody("COMPLAINT", "ARREARS", "伪装附件"));

        var exe = attach(member, id, "合同.pdf", SampleFiles.exe());
        var html = attach(member, id, "发票.pdf", SampleFiles.html());
        var namedHtml = attach(member, id, "页面.html", SampleFiles.html());

        assertThat(exe.status()).isEqualTo(400);
        assertThat(error(exe)).isEqualTo("附件“合同.pdf”的类型不允许：只能上传 PDF、JPG、PNG、Word（.docx）、Excel（.xlsx）或文本（.txt）文件");
        assertThat(exe.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(html.status()).isEqualTo(400);
        assertThat(error(html)).startsWith("附件“发票.pdf”的类型不允许");
        assertThat(namedHtml.status()).isEqualTo(400);
        assertThat(countFor(id)).isZero();
    }

    @Test
    void macroWorkbooksAndZipBombsAreRefused() {
        var member = fx.memberAccount(fx.member("宏企业"));
        long id = file(member, caseBody("COMPLAINT", "ARREARS", "宏与炸弹"));

        var xlsm = attach(member, id, "报表.xlsm", SampleFiles.xlsm());
        var disguised = attach(member, id, "报表.xlsx", SampleFiles.xlsm());
        var bomb = attach(member, id, "炸弹.docx", SampleFiles.zipBomb(150));
        var entries = attach(member, id, "碎片.docx", SampleFiles.manyEntries(1_500));

        assertThat(error(xlsm)).isEqualTo("附件“报表.xlsm”含有宏，不能上传；请另存为不含宏的 .docx 或 .xlsx 文件");
        assertThat(error(disguised)).startsWith("附件“报表.xlsx”含有宏");
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(error(bomb)).isEqualTo("附件“炸弹.docx”解压后过大或包含的文件过多，不能上传");
        assertThat(error(entries)).startsWith("附件“碎片.docx”解压后过大");
        assertThat(countFor(id)).isZero();
    }

    @Test
    void anOversizedFileAndTheEleventhFileAreRefused() {
        var member = fx.memberAccount(fx.member("超限企业"));
        long id = file(member, caseBody("COMPLAINT", "ARREARS", "超限附件"));

        var big = attach(member, id, "扫描件.pdf", SampleFiles.pdfOfSize(10 * 1024 * 1024 + 1));
        assertThat(big.status()).isEqualTo(400);
        assertThat(error(big)).isEqualTo("附件“扫描件.pdf”超过 10 MB，请压缩或拆分后上传");
        assertThat(countFor(id)).isZero();

        for (int i = 0; i < 10; i++) {
            assertThat(attach(member, id, "第" + i + "页.png", SampleFiles.png()).status()).isEqualTo(201);
        }
        var eleventh = attach(member, id, "第11页.png", SampleFiles.png());
        assertThat(eleventh.status()).isEqualTo(400);
        assertThat(error(eleventh)).isEqualTo("每件诉求最多上传 10 个附件");
        assertThat(countFor(id)).isEqualTo(10);
    }

    @Test
    void anotherMembersCaseAndItsFilesAreNotFound() {
        var owner = fx.memberAccount(fx.member("本企业"));
        var other = fx.memberAccount(fx.member("他企业"));
        long id = file(owner, caseBody("COMPLAINT", "ARREARS", "保密附件"));
        long attachment = attach(owner, id, "保密.pdf", SampleFiles.pdf("机密")).json().get("id").asLong();

        assertThat(other.get("/api/v1/appeals/" + id + "/attachments/" + attachment).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/appeals/" + id + "/attachments").status()).isEqualTo(404);
        assertThat(attach(other, id, "混入.pdf", SampleFiles.pdf("x")).status()).isEqualTo(404);
        assertThat(fx.staffOfAnotherFederation().get("/api/v1/appeals/" + id + "/attachments/" + attachment).status())
                .isEqualTo(404);
        long ownOther = file(other, caseBody("COMPLAINT", "ARREARS", "他的诉求"));
        assertThat(other.get("/api/v1/appeals/" + ownOther + "/attachments/" + attachment).status())
                .as("an attachment id under another case").isEqualTo(404);
        assertThat(owner.get("/api/v1/appeals/" + id + "/attachments/" + attachment).status()).isEqualTo(200);
    }

    @Test
    void aDownloadIsAnAuditedAttachmentWithItsNameAndNoSniffing() {
        var member = fx.memberAccount(fx.member("下载企业"));
        long id = file(member, caseBody("COMPLAINT", "ARREARS", "下载附件"));
        var content = SampleFiles.pdf("工程款对账单");
        long attachment = attach(member, id, "对账单 2026.pdf", content).json().get("id").asLong();
        var audited = "select count(*) from audit_record where action = 'APPEAL_ATTACHMENT_DOWNLOAD' and object_id = ?";

        var first = download(id, attachment);
        var second = download(id, attachment);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(content);
        assertThat(first.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(first.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode("对账单 2026.pdf", StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(first.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql(audited).param(String.valueOf(attachment)).query(Long.class).single()).isEqualTo(2);
        var storage = jdbc.sql("select storage_name from appeal_attachment where id = ?").param(attachment)
                .query(String.class).single();
        assertThat(store.path(storage)).startsWith(store.root());
        assertThat(store.root().toString()).doesNotContain("static", "templates");
    }

    @Test
    void aTamperedFileIsNeverHandedOut() throws Exception {
        var member = fx.memberAccount(fx.member("篡改企业"));
        long id = file(member, caseBody("COMPLAINT", "ARREARS", "篡改附件"));
        long attachment = attach(member, id, "原件.pdf", SampleFiles.pdf("原件")).json().get("id").asLong();
        var path = store.path(jdbc.sql("select storage_name from appeal_attachment where id = ?").param(attachment)
                .query(String.class).single());
        var bytes = Files.readAllBytes(path);
        bytes[bytes.length - 20] ^= 1;
        Files.write(path, bytes);

        var response = member.get("/api/v1/appeals/" + id + "/attachments/" + attachment);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("原件");
    }

    private long countFor(long appealId) {
        return jdbc.sql("select count(*) from appeal_attachment where appeal_id = ?").param(appealId).query(Long.class).single();
    }

    static Api.Response attach(Api api, long id, String name, byte[] content) {
        var form = new Multipart().file("file", name, "application/octet-stream", content);
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/appeals/" + id + "/attachments"))
                .header("Content-Type", form.contentType()).POST(form.publisher()));
    }

    static String error(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").get(0).get("message").asString();
    }

    /** Downloads as the fixture's staff, keeping the bytes as they are. */
    private HttpResponse<byte[]> download(long id, long attachment) {
        var token = Base64.getEncoder().encodeToString((fx.staffName + ":" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            fx.staff.uri("/api/v1/appeals/" + id + "/attachments/" + attachment))
                    .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
