package cn.qinqing.appeal.web;

import cn.qinqing.appeal.PublicAppeals;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.web.ClientAddressResolver;
import cn.qinqing.shared.web.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The status look-up (诉求进度查询) for firms without an account: tracking number, mobile and a fresh
 * one-time code show the case's status and, once resolved, the reply - nothing else. Whether the
 * number or the mobile is wrong, the answer is the same "not found".
 */
@Controller
class PublicTrackPage {

    static final String FORM = "trackForm";

    private final PublicAppeals appeals;
    private final Federations federations;
    private final PublicRateLimit limit;
    private final ClientAddressResolver addresses;

    PublicTrackPage(PublicAppeals appeals, Federations federations, PublicRateLimit limit,
                    ClientAddressResolver addresses) {
        this.appeals = appeals;
        this.federations = federations;
        this.limit = limit;
        this.addresses = addresses;
    }

    @GetMapping("/public/appeals/track")
    @PreAuthorize("permitAll()")
    String form(@RequestParam(required = false) String number, Model model) {
        var form = new TrackForm();
        form.setTrackingNumber(number == null || number.length() > 30 ? null : number);
        return render(model, form);
    }

    @PostMapping("/public/appeals/track")
    @PreAuthorize("permitAll()")
    String track(@ModelAttribute(FORM) TrackForm form, BindingResult result, Model model, HttpServletRequest request,
                 HttpServletResponse response) {
        if (!limit.admitLookup(addresses.resolve(request))) {
            response.setStatus(429);
            model.addAttribute("limited", true);
            return render(model, form);
        }
        try {
            var found = appeals.track(form.getTrackingNumber(), form.getMobile(), form.getCode());
            form.setCode(null);
            if (found.isPresent()) {
                model.addAttribute("status", found.get());
            } else {
                model.addAttribute("notFound", true);
            }
        } catch (ValidationException e) {
            Binding.reject(result, e);
        }
        return render(model, form);
    }

    private String render(Model model, TrackForm form) {
        model.addAttribute(FORM, form);
        model.addAttribute("federation", federations.home());
        model.addAttribute("purpose", PublicAppeals.TRACK_PURPOSE);
        return "appeal/public-track";
    }
}
