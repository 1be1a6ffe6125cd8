package cn.qinqing.shared.security;

import cn.qinqing.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in account on every request, so a revoked role, a disabled or locked
 * account takes effect on the next request rather than at the next login; and keeps an account
 * that still holds its one-time password away from everything but the password change.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of(
            "/account/password", "/api/v1/account/password", "/logout", "/error", "/lang");

    private final UserDetailsService users;
    private final Problems problems;

    AccountStateFilter(UserDetailsService users, Problems problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof QinqingUser signedIn) {
            QinqingUser current = reload(signedIn.username());
            if (current == null || !current.isEnabled() || !current.isAccountNonLocked()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                var refreshed = UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
                refreshed.setDetails(context.getAuthentication().getDetails());
                var fresh = SecurityContextHolder.createEmptyContext();
                fresh.setAuthentication(refreshed);
                SecurityContextHolder.setContext(fresh);
                if (current.mustChangePassword() && !allowedBeforePasswordChange(request)) {
                    if (Problems.isApi(request)) {
                        problems.write(request, response, HttpStatus.FORBIDDEN, "problem.password-change-required");
                    } else {
                        response.sendRedirect(request.getContextPath() + "/account/password");
                    }
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private QinqingUser reload(String username) {
        try {
            return (QinqingUser) users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private static boolean allowedBeforePasswordChange(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED_BEFORE_PASSWORD_CHANGE.contains(path) || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/");
    }
}
