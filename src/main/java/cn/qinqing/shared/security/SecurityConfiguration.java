package cn.qinqing.shared.security;

import cn.qinqing.shared.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web's security: form login for pages, HTTP Basic or the session for {@code /api/v1},
 * CSRF on every form (a request carrying its own Authorization header cannot be forged
 * cross-site, so it is exempt), strict security headers, and problem+json for API refusals.
 * Which role may do what is declared on each controller method with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems, UserDetailsService users,
                                            AuthenticationFailureHandler loginFailure,
                                            LogoutSuccessHandler logoutSuccess) throws Exception {
        var pageEntryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        // One answer for "not signed in" and "wrong HTTP Basic credentials": problem+json for the API.
        AuthenticationEntryPoint entryPoint = (request, response, e) -> {
            if (Problems.isApi(request)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Qinqing\"");
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
            } else {
                pageEntryPoint.commence(request, response, e);
            }
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        // Public API for forms without an account (one-time codes); CSRF still applies.
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers("/login", "/apply", "/apply/done", "/public/appeals/new", "/public/appeals/done",
                                "/public/appeals/track", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(loginFailure).defaultSuccessUrl("/", true))
                .httpBasic(basic -> basic.realmName("Qinqing").authenticationEntryPoint(entryPoint))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(logoutSuccess))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesOwnCredentials))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, e) -> {
                            if (Problems.isApi(request)) {
                                problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
                            } else {
                                response.sendError(HttpStatus.FORBIDDEN.value());
                            }
                        }))
                .addFilterBefore(new AccountStateFilter(users, problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    private static boolean carriesOwnCredentials(HttpServletRequest request) {
        var authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
