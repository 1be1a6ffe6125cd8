package cn.qinqing.shared.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<QinqingUser> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof QinqingUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The current account; callers sit behind authenticated routes. */
    public static QinqingUser get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated Qinqing user"));
    }
}
