package uk.crs.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what over HTTP: public pages, health and the API description are open; everything else needs a
 * signed-in user. Accounts come from {@link uk.crs.users.Users}: session form login for the web pages, HTTP Basic for
 * the API.
 */
@Configuration
class WebSecurity {

    /**
     * The hash of GOV.UK Frontend's one inline script (templates/fragments/page.html), which marks the page as having
     * JavaScript; GOV.UK Frontend documents this hash for use in a Content-Security-Policy.
     */
    static final String GOVUK_JS_ENABLED = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' " + GOVUK_JS_ENABLED + "; style-src 'self';"
                    + " img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                    + " frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) {
        SecurityProblems problems = new SecurityProblems();
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/sign-in",
                                "/form-expired",
                                "/error/forbidden",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/webjars/**",
                                "/assets/**",
                                "/error",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                // open-data analysis: uk.crs.web.pages.AnalysisPages lets analysts in, or anyone when
                                // crs.analysis.public=true
                                "/analysis",
                                "/analysis/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // A client that keeps the session cookie is not re-checked against bcrypt on every request.
                .httpBasic(basic -> basic.authenticationEntryPoint(problems)
                        .securityContextRepository(new DelegatingSecurityContextRepository(
                                new RequestAttributeSecurityContextRepository(),
                                new HttpSessionSecurityContextRepository())))
                // The GOV.UK-style sign-in page (uk.crs.web.pages.SignInPage); a failure says only that the pair was
                // wrong, never which half, so usernames cannot be discovered.
                .formLogin(form -> form.loginPage("/sign-in")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureUrl("/sign-in?error"))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))

                // API requests that carry HTTP Basic credentials need no CSRF token: a browser cannot send that header
                // cross-site. Requests that rely on the session cookie alone still need one.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> api.matches(request) && request.getHeader("Authorization") != null))
                // Scripts, styles, fonts and images from this server only; no framing, no plug-ins; no referrer
                // leaves the service (case URLs carry case ids).
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                // Basic credentials that differ from those the session signed in with are checked again.
                .addFilterBefore(new SessionBasicCheck(), BasicAuthenticationFilter.class)
                // An API client is answered 401 (with a Basic challenge) or 403 as problem+json, never redirected
                // to the sign-in page.
                // A browser is sent to the sign-in page, told so when its session has timed out.
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            if (api.matches(request)) {
                                problems.commence(request, response, e);
                            } else {
                                boolean timedOut =
                                        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
                                response.sendRedirect(
                                        request.getContextPath() + "/sign-in" + (timedOut ? "?timed-out" : ""));
                            }
                        })
                        .defaultAccessDeniedHandlerFor(problems, api)
                        // pages: a missing or stale CSRF token (often an ended session) gets its own page, anything
                        // else the GOV.UK-style 403 page
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) -> {
                                    response.setStatus(403);
                                    request.getRequestDispatcher(
                                                    e instanceof CsrfException ? "/form-expired" : "/error/forbidden")
                                            .forward(request, response);
                                },
                                request -> !api.matches(request)));
        return http.build();
    }
}
