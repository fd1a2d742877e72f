package uk.crs.web;

/** One bad field of a request: its path (e.g. {@code offender.name}) and what is wrong with it. */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
