package uk.crs.web;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import uk.crs.users.Users;

/**
 * Password sign-in (HTTP Basic and the sign-in form) through {@link SignInThrottle}: a locked name or address is
 * refused before the password is checked; a wrong password, for a real or an unknown name alike, counts a failure.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(Users users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "(unknown)";
        var locked = throttle.lockedFor(name, address);
        if (locked.isPresent()) {
            throw new Locked(locked.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Sign-ins refused for a while after repeated failures; answered 429 with Retry-After. */
    static final class Locked extends AuthenticationException {
        private static final long serialVersionUID = 1L;
        private final long seconds;
        private final String detail;

        Locked(Duration remaining) {
            this(
                    "too many failed sign-ins; try again in " + Math.max(1, remaining.toMinutes() + 1) + " minutes",
                    remaining);
        }

        private Locked(String detail, Duration remaining) {
            super(detail);
            this.detail = detail;
            this.seconds = Math.max(1, remaining.toSeconds());
        }

        String detail() {
            return detail;
        }

        long retryAfterSeconds() {
            return seconds;
        }
    }
}
