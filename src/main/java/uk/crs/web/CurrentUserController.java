package uk.crs.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.crs.users.User;
import uk.crs.users.Users;

/** {@code GET /api/users/me}: who the caller is signed in as, with role and force. */
@RestController
class CurrentUserController {

    private final Users users;

    CurrentUserController(Users users) {
        this.users = users;
    }

    @GetMapping("/api/users/me")
    User me(Authentication authentication) {
        return users.current(authentication);
    }
}
