package cn.qinqing.appeal.web;

import cn.qinqing.shared.web.NotFoundException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An unknown or out-of-reach case (or subject) on a page shows the ordinary 404 page. */
@ControllerAdvice(assignableTypes = {AppealListPage.class, AppealDetailPage.class, AppealIntakePage.class,
        AppealCategoryPage.class})
class AppealPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
    }
}
