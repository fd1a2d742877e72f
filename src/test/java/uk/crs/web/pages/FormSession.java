package uk.crs.web.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's session without the browser: cookies, the CSRF token from the last page, and form posts. */
final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private String token = "";

    private FormSession(String base) {
        this.base = base;
    }

    /** Signs in through the sign-in form, as a browser does. */
    static FormSession signIn(String base, String username, String password) {
        FormSession session = new FormSession(base);
        session.get("/sign-in");
        HttpResponse<String> signedIn =
                session.post("/sign-in", Map.of("username", username, "password", password), true);
        if (signedIn.statusCode() != 302
                || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in as " + username + " failed: " + signedIn.statusCode());
        }
        session.get("/"); // signing in issues a new CSRF token
        return session;
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = TOKEN.matcher(response.body());
        if (m.find()) {
            token = m.group(1);
        }
        return response;
    }

    HttpResponse<String> post(String path, Map<String, String> form, boolean withToken) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (withToken) {
            fields.put("_csrf", token);
        }
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON call to the API carrying only the session cookie, as a page's script would make it. */
    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
