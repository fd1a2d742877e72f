package uk.crs.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Who may reach what over HTTP: public pages and health are open; everything else needs a signed-in user. */
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
                // the API is used with HTTP Basic by scripts, not by a browser session: no CSRF token there
                .csrf(csrf -> csrf.ignoringRequestMatchers(api))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api));
        return http.build();
    }

    /** No accounts until the case workflow adds its user store; stops Spring from inventing a password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
