package uk.crs.decision;

/** One problem with case facts: the field path (e.g. {@code offender.age}) and what is wrong with it. */
public record FieldError(String field, String problem) {

    /** {@code field: problem}, e.g. {@code offender.age: must be 10 or more, found -3}. */
    public String message() {
        return field.isEmpty() ? problem : field + ": " + problem;
    }
}
