package cn.qinqing.member;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.crypto.PersonalDataCipher;
import cn.qinqing.shared.security.CurrentUser;
import java.nio.file.Path;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the member roll from an .xlsx (会员批量导入) into the caller's federation: valid rows
 * become active members (number, first period from the join date, chambers, an "IMPORTED" event),
 * invalid rows are reported, duplicates skipped or applied. The file is inspected before parsing,
 * read as a stream, and stored in one transaction - an import that fails part way leaves nothing.
 */
@Service
public class MemberImport {

    public static final int MAX_ROWS = 200_000;
    private static final Logger log = LoggerFactory.getLogger(MemberImport.class);

    private final ImportedRoll roll;
    private final PersonalDataCipher cipher;
    private final Federations federations;
    private final Chambers chambers;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final MemberSearchIndex searchIndex;
    /** Checking rows costs CPU (pinyin, SM4, HMAC-SM3): one worker per core, shared by all imports. */
    private final ForkJoinPool checks = new ForkJoinPool(Math.max(2, Runtime.getRuntime().availableProcessors()));

    MemberImport(ImportedRoll roll, PersonalDataCipher cipher, Federations federations, Chambers chambers,
                 AuditLog audit, MessageSource messages, PlatformTransactionManager transactionManager,
                 MemberSearchIndex searchIndex) {
        this.searchIndex = searchIndex;
        this.roll = roll;
        this.cipher = cipher;
        this.federations = federations;
        this.chambers = chambers;
        this.audit = audit;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Imports the file; with {@code dryRun} everything is checked exactly as for real (duplicates
     * against the roll included) and then rolled back.
     *
     * @throws ImportRefusedException the file was refused as a whole (400)
     * @throws ImportFailedException  storing failed; nothing of the import remains
     */
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    public ImportResult run(Path file, ImportMode mode, boolean dryRun, ImportSink sink) {
        var user = CurrentUser.get();
        long started = System.nanoTime();
        try {
            var inspection = UploadInspector.inspect(file, MAX_ROWS);
            log.debug("Import file inspected in {} ms: up to {} rows", (System.nanoTime() - started) / 1_000_000,
                    inspection.sheetRows());
            sink.started(Math.max(0, inspection.sheetRows() - 1));
        } catch (ImportRefusedException e) {
            audit.record("MEMBER_IMPORT", "MEMBER", null, AuditResult.FAILURE, "refused: " + e.messageKey());
            throw e;
        }
        var federation = federations.byId(user.federationId()).orElseThrow();
        var locale = LocaleContextHolder.getLocale();
        try {
            return transactions.execute(status -> {
                roll.lock(federation.id());
                roll.deferSearchTerms();
                var context = new ImportContext(federation.id(), federation.regionCode(), LocalDate.now(MemberService.ZONE),
                        ImportContext.chamberIndex(chambers.choicesUnder(user.federationPath()), federation.id()), cipher);
                var run = new ImportRun(context, mode, roll, messages, locale, sink, user.username());
                read(file, run, sink);
                audit.record("MEMBER_IMPORT", "MEMBER", null, AuditResult.SUCCESS, run.summary(dryRun));
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return run.result();
            });
        } catch (ImportRefusedException e) {
            audit.record("MEMBER_IMPORT", "MEMBER", null, AuditResult.FAILURE, "refused: " + e.messageKey());
            throw e;
        } catch (DuplicateKeyException e) {
            audit.record("MEMBER_IMPORT", "MEMBER", null, AuditResult.FAILURE, "concurrent change");
            throw new ImportFailedException("member-import.failed.concurrent", e);
        } catch (RuntimeException e) {
            log.error("Member import failed and was rolled back", e);
            audit.record("MEMBER_IMPORT", "MEMBER", null, AuditResult.FAILURE, "failed");
            throw new ImportFailedException("member-import.failed", e);
        } finally {
            // The rows' search terms were only appended to the indexes' pending lists
            // (ImportedRoll.deferSearchTerms); rolled back rows left entries there too, which the merge drops.
            searchIndex.mergeLater();
        }
    }

    /** Writes the import template (.xlsx) with input hints in the caller's language. */
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    public void template(java.io.OutputStream out) throws java.io.IOException {
        ImportTemplate.write(out, messages, LocaleContextHolder.getLocale());
    }

    /**
     * Reads on the reader's thread, checks each chunk on the check pool and stores it on this
     * (the transaction's) thread: while one chunk goes into PostgreSQL the next is being checked.
     */
    private void read(Path file, ImportRun run, ImportSink sink) {
        java.util.concurrent.Future<List<ImportRowCheck.Outcome>> checking = null;
        try (var reader = new SheetReader(file, MAX_ROWS).start()) {
            while (true) {
                var item = reader.next();
                if (item instanceof SheetReader.Failed failed) {
                    throw failed.cause();
                }
                var next = item instanceof SheetReader.Rows rows ? checks.submit(() -> run.check(rows.rows())) : null;
                if (checking != null) {
                    long waiting = System.nanoTime();
                    var checked = checking.get();
                    log.debug("Waited {} ms for the chunk's checks", (System.nanoTime() - waiting) / 1_000_000);
                    run.store(checked);
                    sink.progress(reader.rowsRead(), run.processed());
                }
                checking = next;
                if (next == null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            if (checking != null) {
                checking.cancel(true);
            }
        }
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }
}
