package uk.crs.policy;

/** Why a policy file was rejected: the file, the path inside it (e.g. {@code rules[3].when.offenceCodes[0]}), and the problem. */
public record PolicyProblem(String file, String path, String problem) {

    /** {@code file: path: problem}, the form printed by {@code crs policy check}. */
    public String message() {
        return file + ": " + (path.isEmpty() ? "" : path + ": ") + problem;
    }
}
