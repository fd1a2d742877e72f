package uk.crs.cli;

import java.util.Map;
import java.util.Optional;

/** The process environment as seen by commands; passed in so that tests can supply their own. */
public record Environment(Map<String, String> variables) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The variable's value, if it is set and not blank. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }
}
