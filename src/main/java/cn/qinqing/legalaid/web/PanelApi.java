package cn.qinqing.legalaid.web;

import cn.qinqing.legalaid.LegalAidPanel;
import cn.qinqing.legalaid.PanelFilter;
import cn.qinqing.legalaid.PanelKind;
import cn.qinqing.legalaid.PanelMember;
import cn.qinqing.legalaid.Speciality;
import cn.qinqing.shared.web.ApiController;
import cn.qinqing.shared.web.PageView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/legal-aid/panel}: the lawyers and mediators of the panels in the caller's scope. */
@ApiController("/api/v1/legal-aid/panel")
class PanelApi {

    private final LegalAidPanel panel;

    PanelApi(LegalAidPanel panel) {
        this.panel = panel;
    }

    @GetMapping
    @PreAuthorize(Access.KEEPERS)
    PageView<PanelMember> list(@RequestParam(required = false) String name,
                               @RequestParam(required = false) PanelKind kind,
                               @RequestParam(required = false) Speciality speciality,
                               @RequestParam(required = false) Boolean active,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "20") int size) {
        return panel.list(new PanelFilter(name, kind, speciality, active), page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.KEEPERS)
    PanelMember get(@PathVariable long id) {
        return panel.get(id);
    }

    /** The full mobile number; every look is audited. */
    @GetMapping("/{id}/mobile")
    @PreAuthorize(Access.KEEPERS)
    Map<String, String> mobile(@PathVariable long id) {
        return Map.of("mobile", panel.mobile(id));
    }

    @PostMapping
    @PreAuthorize(Access.KEEPERS)
    ResponseEntity<PanelMember> create(@Valid @RequestBody PanelMemberForm form) {
        var created = panel.create(form.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/legal-aid/panel/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.KEEPERS)
    PanelMember update(@PathVariable long id, @Valid @RequestBody PanelMemberForm form) {
        return panel.update(id, form.toDraft());
    }
}
