package cn.qinqing.organisation.web;

import cn.qinqing.shared.web.NotFoundException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An unknown or out-of-scope chamber on a page shows the ordinary 404 page, never a 500. */
@ControllerAdvice(assignableTypes = {ChamberPages.class, ChamberDetailPage.class})
class ChamberPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
    }
}
