package uk.crs.scrutiny;

/** What is wrong with an input file and where: line and column are 1-based, 0 when they do not apply. */
public record InputProblem(String file, int line, int column, String problem) {

    /** {@code FILE: line L, column C: problem}, leaving out what does not apply. */
    public String message() {
        StringBuilder s = new StringBuilder(file).append(": ");
        if (line > 0) {
            s.append("line ").append(line);
            if (column > 0) {
                s.append(", column ").append(column);
            }
            s.append(": ");
        }
        return s.append(problem).toString();
    }
}
