package uk.crs.cases;

import static java.util.Objects.requireNonNull;

/**
 * A request to open a case: the case-facts JSON document exactly as submitted (the contract of
 * {@code uk.crs.decision.DecisionJson}), whose {@code offender} also holds {@code name}, {@code dateOfBirth} and
 * {@code contact}, and whose {@code victim} may hold {@code name} and {@code contact}.
 *
 * @param json the submitted bytes, UTF-8; empty when nothing was sent
 */
@SuppressWarnings("ArrayRecordComponent") // the bytes are copied in and never handed out
public record OpenCase(byte[] json) {

    public OpenCase {
        json = requireNonNull(json, "json").clone();
    }

    /** A request from JSON text. */
    public static OpenCase of(String json) {
        return new OpenCase(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenCase o && java.util.Arrays.equals(json, o.json);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(json);
    }

    @Override
    public String toString() {
        // the document holds names and contacts: never print it
        return "OpenCase[" + json.length + " bytes]";
    }
}
