package uk.crs.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are stored: bcrypt, used both to add accounts and to check sign-ins. */
@Configuration
public class PasswordHashing {

    /** bcrypt's work factor: 2^10 rounds, Spring Security's default, about 50-100 ms per check on one core. */
    static final int STRENGTH = 10;

    @Bean
    public PasswordEncoder passwordEncoder() {
        return encoder();
    }

    /** The encoder outside Spring, e.g. for {@code crs users add}. */
    public static PasswordEncoder encoder() {
        return new BCryptPasswordEncoder(STRENGTH);
    }
}
