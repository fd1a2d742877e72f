package uk.crs.web.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API as a second user acting on the same cases while a browser is open, with the demo password. */
final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    Api(String base) {
        this.base = base;
    }

    /** Creates a shoplifting case (code 46) as this user; hate-aggravated ones need an inspector. */
    JsonNode shoplifting(String user, boolean victimConsents, boolean hate) {
        String body =
                """
                {"force":"durham","offence":{"code":"46","date":"%s","valueGbp":25},
                 "offender":{"age":34,"acceptsResponsibility":true,"appropriateAdultPresent":false,"history":[],
                   "name":"Jamie Example","dateOfBirth":"1992-04-17","contact":"07700 900123"},
                 "victim":{"identified":true,"consulted":true,"consents":%s,"views":"wants an apology",
                   "name":"Corner Shop Ltd","contact":"shop@example.org"},
                 "circumstances":{"hateAggravated":%s,"injury":"NONE"},
                 "evidenceSufficient":true,"rationale":"first offence, goods recovered"}"""
                        .formatted(LocalDate.now().minusDays(3), victimConsents, hate);
        return post(user, "/api/cases", body);
    }

    JsonNode post(String user, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    JsonNode get(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user))
                .GET()
                .build());
    }

    private JsonNode send(HttpRequest request) {
        String path = request.uri().getPath();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
