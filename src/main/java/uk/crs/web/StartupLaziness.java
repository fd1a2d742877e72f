package uk.crs.web;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code spring.main.lazy-initialization}, the framework's beans are made when first used; crs's own beans are
 * still made at start-up, so that what they check there (the demo-store guard, policies, the store) still stops a
 * start that cannot work.
 */
@Configuration
class StartupLaziness {

    @Bean
    static LazyInitializationExcludeFilter crsBeansAreEager() {
        return (name, definition, type) -> type.getName().startsWith("uk.crs.");
    }
}
