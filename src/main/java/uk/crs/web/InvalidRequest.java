package uk.crs.web;

import java.util.List;

/**
 * A request body or parameter that cannot be accepted; the error mapper answers 400 naming every field, and the pages
 * show each problem beside its question.
 */
public final class InvalidRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // the list is an immutable copy of records
    private final List<FieldProblem> problems;

    InvalidRequest(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
