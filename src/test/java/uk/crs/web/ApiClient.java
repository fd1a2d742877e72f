package uk.crs.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the REST API that signs in as a named user (HTTP Basic, keeping the session cookie). */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String password;
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    ApiClient(String base, String password) {
        this.base = base;
        this.password = password;
    }

    Response get(@Nullable String user, String path) {
        return send(user, request(user, path).GET().build());
    }

    Response post(@Nullable String user, String path, @Nullable Object body) {
        return post(user, path, body, null);
    }

    Response post(@Nullable String user, String path, @Nullable Object body, @Nullable String ifMatch) {
        String text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder builder = request(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(user, builder.build());
    }

    private HttpRequest.Builder request(@Nullable String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Response send(@Nullable String user, HttpRequest request) {
        HttpClient client = clients.computeIfAbsent(
                user == null ? "" : user,
                u -> HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, body, content type and ETag. */
    record Response(int status, String body, String contentType, String etag) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text(String field) {
            return json().path(field).asString();
        }

        boolean isProblem(String type) {
            return contentType.startsWith("application/problem+json")
                    && json().path("type").asString().equals("https://crs.example/problems/" + type);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
