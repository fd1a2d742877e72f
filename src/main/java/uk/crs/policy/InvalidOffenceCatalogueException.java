package uk.crs.policy;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an offence catalogue file cannot be loaded; lists every problem found, not only the first. */
public final class InvalidOffenceCatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an immutable List.copyOf is serializable in practice; nobody serializes this
    private final List<CatalogueProblem> problems;

    public InvalidOffenceCatalogueException(List<CatalogueProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order. */
    public List<CatalogueProblem> problems() {
        return problems;
    }

    private static String describe(List<CatalogueProblem> problems) {
        return "invalid offence catalogue (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  "
                + problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining("\n  "));
    }
}
