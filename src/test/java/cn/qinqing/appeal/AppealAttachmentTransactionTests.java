package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.caseBody;
import static cn.qinqing.appeal.AppealFixture.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.support.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case is never half-saved: the case row, the attachment rows and the files commit together or not
 * at all, and files left behind by a crash are swept once a day old.
 */
class AppealAttachmentTransactionTests extends AppealPublicTestSupport {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AttachmentSweeper sweeper;

    @Test
    void aMemberFilesACaseWithItsFilesInOneRequest() {
        long memberId = fx.member("一并提交企业");
        var member = fx.memberAccount(memberId);

        var filed = submit(member, new Multipart().json("appeal", Api.json(caseBody("COMPLAINT", "ARREARS", "带附件的诉求")))
                .file("files", "欠条.pdf", "application/pdf", SampleFiles.pdf("欠条"))
                .file("files", "明细.xlsx", "application/octet-stream", SampleFiles.xlsx("明细")), "with-files-" + memberId);
        var retried = submit(member, new Multipart().json("appeal", Api.json(caseBody("COMPLAINT", "ARREARS", "带附件的诉求")))
                .file("files", "欠条.pdf", "application/pdf", SampleFiles.pdf("欠条")), "with-files-" + memberId);

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("id").asLong()).isEqualTo(id);
        var names = member.get("/api/v1/appeals/" + id + "/attachments").json().findValuesAsString("name");
        assertThat(names).containsExactly("欠条.pdf", "明细.xlsx");
    }

    @Test
    void oneRefusedFileFilesNothingAndReportsItWithTheCasesOwnErrors() {
        long memberId = fx.member("半途企业");
        var member = fx.memberAccount(memberId);
        var before = filesOnDisk();
        var body = caseBody("COMPLAINT", "ARREARS", "");

        var refused = submit(member, new Multipart().json("appeal", Api.json(body))
                .file("files", "欠条.pdf", "application/pdf", SampleFiles.pdf("欠条"))
                .file("files", "木马.pdf", "application/pdf", SampleFiles.exe()), null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("title", "files");
        assertThat(refused.json().get("errors").get(1).get("message").asString()).startsWith("附件“木马.pdf”的类型不允许");
        assertThat(jdbc.sql("select count(*) from appeal where member_id = ?").param(memberId).query(Long.class).single())
                .isZero();
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void filesTogetherOverTheCaseCapAreRefusedAndNoCaseIsFiled() {
        long memberId = fx.member("超额企业");
        var member = fx.memberAccount(memberId);
        var form = new Multipart().json("appeal", Api.json(caseBody("COMPLAINT", "ARREARS", "附件合计超限")));
        for (int i = 1; i <= 4; i++) {
            form.file("files", "扫描件" + i + ".pdf", "application/pdf", SampleFiles.pdfOfSize(8 * 1024 * 1024));
        }

        var refused = submit(member, form, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo("每件诉求的附件合计不能超过 30 MB");
        assertThat(jdbc.sql("select count(*) from appeal where member_id = ?").param(memberId).query(Long.class).single())
                .isZero();
    }

    @Test
    void aFileWrittenInATransactionThatRollsBackIsGoneAndOneThatCommitsIsInPlace() {
        var name = new String[1];
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            name[0] = store.write(SampleFiles.pdf("回滚"));
            assertThat(store.path(name[0]).resolveSibling(name[0] + AttachmentStore.PART)).exists();
            throw new IllegalStateException("the case row failed");
        })).hasMessage("the case row failed");
        assertThat(store.path(name[0])).doesNotExist();
        assertThat(store.path(name[0]).resolveSibling(name[0] + AttachmentStore.PART)).doesNotExist();

        transactions.executeWithoutResult(status -> name[0] = store.write(SampleFiles.pdf("提交")));
        assertThat(store.path(name[0])).exists();
        assertThat(store.path(name[0]).resolveSibling(name[0] + AttachmentStore.PART)).doesNotExist();
        assertThat(store.read(name[0])).isEqualTo(SampleFiles.pdf("提交"));
    }

    @Test
    void theSweeperRemovesDayOldFilesNoRowRefersToAndKeepsTheOthers() throws IOException {
        var member = fx.memberAccount(fx.member("清理企业"));
        long id = file(member, caseBody("COMPLAINT", "ARREARS", "清理"));
        AppealAttachmentTests.attach(member, id, "留存.pdf", SampleFiles.pdf("留存"));
        var kept = store.path(jdbc.sql("select storage_name from appeal_attachment where appeal_id = ?").param(id)
                .query(String.class).single());
        var orphan = new String[1];
        transactions.executeWithoutResult(status -> orphan[0] = store.write(SampleFiles.pdf("孤儿")));
        var young = new String[1];
        transactions.executeWithoutResult(status -> young[0] = store.write(SampleFiles.pdf("新孤儿")));
        var old = FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS));
        Files.setLastModifiedTime(kept, old);
        Files.setLastModifiedTime(store.path(orphan[0]), old);

        sweeper.sweep();

        assertThat(kept).exists();
        assertThat(store.path(orphan[0])).doesNotExist();
        assertThat(store.path(young[0])).as("may belong to a running transaction").exists();
    }

    private static Api.Response submit(Api api, Multipart form, String key) {
        var request = HttpRequest.newBuilder(api.uri("/api/v1/appeals")).header("Content-Type", form.contentType())
                .POST(form.publisher());
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request);
    }

    private Set<Path> filesOnDisk() {
        if (!Files.isDirectory(store.root())) {
            return Set.of();
        }
        try (var files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
