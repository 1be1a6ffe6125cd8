package cn.qinqing.account;

import cn.qinqing.audit.AuditLog;
import cn.qinqing.audit.AuditResult;
import cn.qinqing.shared.security.QinqingUser;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/** The account side of security: where accounts come from and how passwords are hashed. */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(AccountProperties properties) {
        var sm3 = new Pbkdf2Sm3PasswordEncoder(properties.passwordIterations());
        return new DelegatingPasswordEncoder(Pbkdf2Sm3PasswordEncoder.ID, Map.of(Pbkdf2Sm3PasswordEncoder.ID, sm3));
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return username -> accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /** Every failure, whether wrong password, unknown name or locked account, reads the same. */
    @Bean
    AuthenticationFailureHandler loginFailureHandler() {
        return new SimpleUrlAuthenticationFailureHandler("/login?error");
    }

    @Bean
    LogoutSuccessHandler logoutSuccessHandler(AuditLog audit) {
        var redirect = new SimpleUrlLogoutSuccessHandler();
        redirect.setDefaultTargetUrl("/login?logout");
        return (request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof QinqingUser user) {
                audit.recordFor(user.username(), user.roleNames(), "LOGOUT", "ACCOUNT", user.username(),
                        AuditResult.SUCCESS, null);
            }
            redirect.onLogoutSuccess(request, response, authentication);
        };
    }
}
