package cn.qinqing.organisation.web;

import cn.qinqing.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An unknown or out-of-scope id on a page answers the ordinary 404 page. */
@ControllerAdvice(assignableTypes = {FederationPages.class, PartyOrganisationPages.class, StaffingPages.class,
        DepartmentPages.class})
class OrganisationPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        var view = new ModelAndView("error", HttpStatus.NOT_FOUND);
        view.addObject("status", 404);
        return view;
    }
}
