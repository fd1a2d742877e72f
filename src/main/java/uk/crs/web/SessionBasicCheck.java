package uk.crs.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.crs.audit.AuditLog;

/**
 * A session cookie spares an API client a bcrypt check on every request, but only for the credentials the session
 * signed in with: a request whose HTTP Basic credentials differ from them (a wrong password with a valid cookie, or
 * another account) is checked again from scratch, and a wrong password is a 401. The session keeps only a digest of
 * the header, in server memory.
 */
final class SessionBasicCheck extends OncePerRequestFilter {

    static final String ATTRIBUTE = SessionBasicCheck.class.getName() + ".credentials";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = AuditLog.digest(header);
        HttpSession session = request.getSession(false);
        if (session != null && !presented.equals(session.getAttribute(ATTRIBUTE))) {
            // not the credentials this session was signed in with: forget the cookie's sign-in for this request
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
        HttpSession after = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (after != null && signedIn != null && signedIn.isAuthenticated() && response.getStatus() < 400) {
            after.setAttribute(ATTRIBUTE, presented);
        }
    }
}
