package uk.crs.policy;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an offence catalogue file, located by line and column.
 *
 * @param source the file or resource name
 * @param line the 1-based line of the file on which the bad record starts (the header is line 1)
 * @param column the header name of the bad column
 * @param problem what was expected and what was found
 */
public record CatalogueProblem(String source, long line, String column, String problem) {

    public CatalogueProblem {
        requireNonNull(source, "source");
        requireNonNull(column, "column");
        requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return source + " line " + line + ", column " + column + ": " + problem;
    }
}
