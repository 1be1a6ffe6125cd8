package cn.qinqing.organisation;

import cn.qinqing.shared.security.DataScope;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The business rules on chamber input, applied by the service whoever calls it: all broken rules
 * are reported together, each on its field, and nothing is written while any is broken.
 */
@Component
class ChamberChecks {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ChamberRepository repository;
    private final Federations federations;

    ChamberChecks(ChamberRepository repository, Federations federations) {
        this.repository = repository;
        this.federations = federations;
    }

    /** The draft cleaned (trimmed, code normalised, member count defaulted), or a ValidationException. */
    ChamberDraft checked(ChamberDraft d, long federationId, DataScope scope, Long exceptId) {
        var errors = new ArrayList<FieldError>();
        var federation = federations.byId(federationId).filter(f -> scope.includesFederation(f.path()));
        if (federation.isEmpty()) {
            errors.add(new FieldError("federationId", "chamber.federation.invalid"));
        }
        var name = text(d.name(), "name", 100, errors);
        if (name == null) {
            errors.add(new FieldError("name", "chamber.name.required"));
        }
        if (d.kind() == null) {
            errors.add(new FieldError("kind", "chamber.kind.required"));
        }
        var codeError = ChamberRules.creditCodeError(d.creditCode());
        codeError.ifPresent(errors::add);
        var code = CreditCode.normalise(d.creditCode());
        var address = text(d.address(), "address", 200, errors);
        var phone = text(d.phone(), "phone", 30, errors);
        var president = text(d.president(), "president", 50, errors);
        var secretaryGeneral = text(d.secretaryGeneral(), "secretaryGeneral", 50, errors);
        var remarks = text(d.remarks(), "remarks", 1000, errors);
        int members = d.memberCount() == null ? 0 : d.memberCount();
        if (members < 0) {
            errors.add(new FieldError("memberCount", "chamber.member-count.negative"));
        }
        if (d.foundedOn() != null && d.foundedOn().isAfter(today())) {
            errors.add(new FieldError("foundedOn", "chamber.date.future"));
        }
        if (codeError.isEmpty() && repository.creditCodeTaken(code, exceptId)) {
            errors.add(new FieldError(ChamberRules.CREDIT_CODE, "chamber.credit-code.taken"));
        }
        if (federation.isPresent() && name != null && repository.nameTaken(federationId, name, exceptId)) {
            errors.add(new FieldError("name", "chamber.name.taken"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ChamberDraft(federationId, name, d.kind(), code, address, phone, d.foundedOn(), president,
                secretaryGeneral, members, remarks);
    }

    /** The checklist cleaned, with each item at most once. */
    List<FiveHas> checkedFiveHas(List<FiveHas> items) {
        var errors = new ArrayList<FieldError>();
        var seen = EnumSet.noneOf(FiveHasItem.class);
        var clean = new ArrayList<FiveHas>();
        for (int i = 0; items != null && i < items.size(); i++) {
            var item = items.get(i);
            var prefix = "items[" + i + "].";
            if (item == null || item.item() == null) {
                errors.add(new FieldError(prefix + "item", "chamber.five-has.item.invalid"));
                continue;
            }
            if (!seen.add(item.item())) {
                errors.add(new FieldError(prefix + "item", "chamber.five-has.item.duplicate"));
            }
            var evidence = text(item.evidence(), prefix + "evidence", 500, errors);
            if (item.evidenceOn() != null && item.evidenceOn().isAfter(today())) {
                errors.add(new FieldError(prefix + "evidenceOn", "chamber.date.future"));
            }
            clean.add(new FiveHas(item.item(), item.met(), evidence, item.evidenceOn()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return clean;
    }

    /** The assessment cleaned (summary trimmed), or a ValidationException. */
    SelfAssessment checkedAssessment(SelfAssessment a) {
        var errors = new ArrayList<FieldError>();
        int thisYear = today().getYear();
        if (a.year() < 1949 || a.year() > thisYear) {
            errors.add(new FieldError("year", "chamber.assessment.year.range", String.valueOf(thisYear)));
        }
        if (a.level() == null) {
            errors.add(new FieldError("level", "chamber.assessment.level.required"));
        }
        if (a.score() != null && (a.score() < 0 || a.score() > 100)) {
            errors.add(new FieldError("score", "chamber.assessment.score.range"));
        }
        var summary = text(a.summary(), "summary", 2000, errors);
        if (a.assessedOn() == null) {
            errors.add(new FieldError("assessedOn", "chamber.assessment.assessed-on.required"));
        } else if (a.assessedOn().isAfter(today())) {
            errors.add(new FieldError("assessedOn", "chamber.date.future"));
        } else if (a.assessedOn().getYear() < a.year()) {
            errors.add(new FieldError("assessedOn", "chamber.assessment.assessed-on.before-year"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SelfAssessment(a.year(), a.level(), a.score(), summary, a.assessedOn());
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** Trimmed text, null when blank; an error when longer than max. */
    private static String text(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > max) {
            errors.add(new FieldError(field, "chamber.too-long", String.valueOf(max)));
        }
        return trimmed;
    }
}
