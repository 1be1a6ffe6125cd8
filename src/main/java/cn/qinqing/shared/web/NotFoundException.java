package cn.qinqing.shared.web;

/**
 * The object does not exist or lies outside the caller's data scope; both answer 404, so an
 * id never tells a caller that something it may not see exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found");
    }
}
