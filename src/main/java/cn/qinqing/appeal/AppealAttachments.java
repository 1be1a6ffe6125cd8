package cn.qinqing.appeal;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.ConflictException;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of cases (诉求附件) for signed-in users: filing a case together with its files, adding a
 * file later, listing and downloading. Only those who may see a case see its files (anyone else gets
 * 404, as for the case); every download is audited. Files and rows are written in the caller's
 * transaction, so a refused file or a failure leaves neither a case nor a file behind.
 */
@Service
public class AppealAttachments {

    private final AppealService appeals;
    private final AppealIntake intake;
    private final AppealRepository cases;
    private final AttachmentIntake files;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final AuditLog audit;
    private final Clock clock;

    AppealAttachments(AppealService appeals, AppealIntake intake, AppealRepository cases, AttachmentIntake files,
                      AttachmentRepository attachments, AttachmentStore store, AuditLog audit, Clock clock) {
        this.appeals = appeals;
        this.intake = intake;
        this.cases = cases;
        this.files = files;
        this.attachments = attachments;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Files a case with its attachments (field {@code files} for refused ones, reported together with
     * the case's own errors). A retry with the same Idempotency-Key answers the first case and attaches nothing.
     */
    @Transactional
    public AppealReceipt submit(AppealDraft draft, String idempotencyKey, List<AttachmentUpload> uploads) {
        var errors = new ArrayList<FieldError>();
        var ready = files.check(uploads, new AttachmentRepository.Totals(0, 0), "files", errors);
        if (!errors.isEmpty()) {
            try {
                intake.check(draft, AppealAccess.of(CurrentUser.get()));
            } catch (ValidationException e) {
                errors.addAll(0, e.errors());
            }
            throw new ValidationException(errors);
        }
        var receipt = appeals.submit(draft, idempotencyKey);
        if (receipt.created() && !ready.isEmpty()) {
            var user = CurrentUser.get();
            var ids = files.store(receipt.id(), ready, user.id(), user.displayName());
            ids.forEach(id -> audit.record("APPEAL_ATTACHMENT_ADD", "APPEAL_ATTACHMENT", id, AuditResult.SUCCESS,
                    "appeal " + receipt.id()));
        }
        return receipt;
    }

    /**
     * Adds one file to a case: by its member, or by those who may add progress notes to it, while it is
     * open or resolved (not once declined or archived). Refusals name field {@code file}.
     */
    @Transactional
    public AttachmentView attach(long appealId, AttachmentUpload upload) {
        var access = AppealAccess.of(CurrentUser.get());
        var locked = cases.lock(appealId, access).orElseThrow(NotFoundException::new);
        var state = locked.appeal().state();
        boolean owner = access.memberId() != null && access.memberId().equals(locked.memberId());
        if (!owner && !access.may(AppealAction.NOTE, locked.federationPath(), locked.memberId(), state.departmentId())) {
            throw new AccessDeniedException("may not attach files to this case");
        }
        if (!state.status().open() && state.status() != AppealStatus.RESOLVED) {
            throw new ConflictException("appeal-attachment.closed");
        }
        var errors = new ArrayList<FieldError>();
        var ready = files.check(List.of(upload), attachments.totals(appealId), "file", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        var user = access.user();
        long id = files.store(appealId, ready, user.id(), user.displayName()).get(0);
        audit.record("APPEAL_ATTACHMENT_ADD", "APPEAL_ATTACHMENT", id, AuditResult.SUCCESS, "appeal " + appealId);
        return attachments.list(appealId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** True when the caller may add a file to the case now (see {@link #attach}). */
    @Transactional(readOnly = true)
    public boolean mayAttach(long appealId) {
        var access = AppealAccess.of(CurrentUser.get());
        return cases.find(appealId, access, LocalDate.now(clock)).map(found -> {
            var status = found.state().status();
            var memberId = found.view().memberId();
            boolean owner = access.memberId() != null && access.memberId().equals(memberId);
            return (status.open() || status == AppealStatus.RESOLVED) && (owner
                    || access.may(AppealAction.NOTE, found.federationPath(), memberId, found.state().departmentId()));
        }).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> list(long appealId) {
        visible(appealId);
        return attachments.list(appealId);
    }

    /** The file's content for those who may see the case; audited every time. */
    @Transactional
    public AttachmentDownload download(long appealId, long attachmentId) {
        visible(appealId);
        var stored = attachments.find(appealId, attachmentId).orElseThrow(NotFoundException::new);
        var content = store.read(stored.storageName());
        if (!AttachmentIntake.sm3(content).equals(stored.sm3())) {
            throw new IllegalStateException("attachment " + attachmentId + " does not match its recorded hash");
        }
        audit.record("APPEAL_ATTACHMENT_DOWNLOAD", "APPEAL_ATTACHMENT", attachmentId, AuditResult.SUCCESS,
                "appeal " + appealId);
        return new AttachmentDownload(stored.name(), stored.contentType(), content);
    }

    private void visible(long appealId) {
        cases.find(appealId, AppealAccess.of(CurrentUser.get()), LocalDate.now(clock)).orElseThrow(NotFoundException::new);
    }
}
