package uk.crs.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what over HTTP: public pages and health are open; everything else needs a signed-in user. Accounts
 * come from {@link uk.crs.users.Users}: session form login for the web pages, HTTP Basic for the API.
 */
@Configuration
class WebSecurity {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/", "/actuator/health", "/actuator/health/**", "/webjars/**", "/assets/**", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                // An API client is answered 401 with a Basic challenge, never redirected to the sign-in page.
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        apiEntryPoint(),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
        return http.build();
    }

    private static BasicAuthenticationEntryPoint apiEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("crs");
        return entryPoint;
    }
}
