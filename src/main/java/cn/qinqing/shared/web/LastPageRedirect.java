package cn.qinqing.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A list page asked for a page past its end answers with its last page instead (302, filters kept). */
@ControllerAdvice
class LastPageRedirect {

    @ExceptionHandler(PageLinks.BeyondLastPage.class)
    ResponseEntity<Void> lastPage(PageLinks.BeyondLastPage beyond) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(beyond.lastPage())).build();
    }
}
