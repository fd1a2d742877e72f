package uk.crs.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every API request before it reaches sign-in or a controller: a body larger than
 * {@link InputLimits#REQUEST_BYTES} is answered 413, whether it declares its length or streams it; a body that is not
 * declared as JSON ({@code Content-Type: application/json}) is answered 415. Both as problem+json.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimits extends OncePerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || !WITH_BODY.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > InputLimits.REQUEST_BYTES) {
            ErrorPages.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        String type = request.getContentType();
        boolean hasBody = declared > 0 || request.getHeader("Transfer-Encoding") != null;
        if ((type != null || hasBody) && !json(type)) {
            ErrorPages.write(
                    request,
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be application/json, found " + (type == null ? "none" : "'" + clip(type) + "'"));
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    static String tooLarge() {
        return "the request body is larger than " + InputLimits.REQUEST_BYTES / 1024 + " KiB";
    }

    private static boolean json(@Nullable String type) {
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return !media.isWildcardType()
                    && !media.isWildcardSubtype()
                    && (MediaType.APPLICATION_JSON.isCompatibleWith(media)
                            || (media.getType().equals("application")
                                    && media.getSubtype().endsWith("+json")));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static String clip(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }

    /** Thrown while reading a streamed body once it passes the limit; the error mapper answers 413. */
    static final class BodyTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLarge() {
            super(tooLarge());
        }
    }

    /** The request with its body counted as it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private @Nullable ServletInputStream counted;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream current = counted;
            if (current == null) {
                ServletInputStream in = super.getInputStream();
                current = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > InputLimits.REQUEST_BYTES) {
                            throw new BodyTooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
                counted = current;
            }
            return current;
        }
    }
}
