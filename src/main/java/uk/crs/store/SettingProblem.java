package uk.crs.store;

/** A configuration value that stops crs from starting, with the name of the setting and what is wrong with it. */
public record SettingProblem(String setting, String problem) {

    /** One line for a person: the setting first, so that they know what to change. */
    public String message() {
        return setting + ": " + problem;
    }
}
