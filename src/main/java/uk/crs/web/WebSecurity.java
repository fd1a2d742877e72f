package uk.crs.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what over HTTP: public pages, health and the API description are open; everything else needs a
 * signed-in user. Accounts come from {@link uk.crs.users.Users}: session form login for the web pages, HTTP Basic for
 * the API.
 */
@Configuration
class WebSecurity {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) {
        SecurityProblems problems = new SecurityProblems();
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/webjars/**",
                                "/assets/**",
                                "/error",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(Customizer.withDefaults())
                // The API is used with HTTP Basic by scripts, not by a browser session: no CSRF token there.
                .csrf(csrf -> csrf.ignoringRequestMatchers(api))
                // An API client is answered 401 (with a Basic challenge) or 403 as problem+json, never redirected
                // to the sign-in page.
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api));
        return http.build();
    }
}
