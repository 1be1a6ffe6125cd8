package cn.qinqing.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The object does not exist or lies outside the caller's data scope; both answer 404, so an
 * id never tells a caller that something it may not see exists. Pages answer it with the 404 error page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found");
    }
}
