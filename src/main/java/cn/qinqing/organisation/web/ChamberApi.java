package cn.qinqing.organisation.web;

import cn.qinqing.organisation.Chamber;
import cn.qinqing.organisation.ChamberKind;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/chambers}: chambers of commerce (商会), their "五有" checklist and self-assessments. */
@ApiController("/api/v1/chambers")
class ChamberApi {

    static final int MAX_PAGE_SIZE = 100;

    private final Chambers chambers;

    ChamberApi(Chambers chambers) {
        this.chambers = chambers;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')")
    PageView<Chamber> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var errors = new ArrayList<FieldError>();
        if (q != null && q.length() > 100) {
            errors.add(new FieldError("q", "chamber.query.too-long", "100"));
        }
        var parsedKind = Enums.parse(ChamberKind.class, kind);
        if (kind != null && !kind.isBlank() && parsedKind == null) {
            errors.add(new FieldError("kind", "chamber.kind.required"));
        }
        if (page < 0) {
            errors.add(new FieldError("page", "chamber.page.number"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "chamber.page.size", String.valueOf(MAX_PAGE_SIZE)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return chambers.list(q, parsedKind, page, size);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    ResponseEntity<Chamber> create(@Valid @RequestBody ChamberForm body) {
        var chamber = chambers.create(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/chambers/" + chamber.id())).body(chamber);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','VICE_CHAIR','CHAMBER_SECRETARY')")
    Chamber get(@PathVariable long id) {
        return chambers.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    Chamber update(@PathVariable long id, @Valid @RequestBody ChamberForm body) {
        return chambers.update(id, body.toDraft());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        chambers.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/five-has")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','CHAMBER_SECRETARY')")
    Chamber setFiveHas(@PathVariable long id, @Valid @RequestBody FiveHasForm body) {
        return chambers.setFiveHas(id, body.toItems());
    }

    /** 201 when the year is new, 200 when it replaces that year's earlier assessment; the chamber either way. */
    @PostMapping("/{id}/assessments")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','CHAMBER_SECRETARY')")
    ResponseEntity<Chamber> recordAssessment(@PathVariable long id, @Valid @RequestBody AssessmentForm body) {
        boolean created = chambers.recordAssessment(id, body.toAssessment());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(chambers.get(id));
    }
}
