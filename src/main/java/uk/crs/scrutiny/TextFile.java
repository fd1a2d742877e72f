package uk.crs.scrutiny;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the UTF-8 text files panels hand in (manifests, verdicts), refusing one that cannot be read as such. */
final class TextFile {

    private TextFile() {}

    /** A file that could not be read as UTF-8 text, with the problem to report. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient InputProblem problem;

        Unreadable(InputProblem problem) {
            super(problem.message());
            this.problem = problem;
        }

        InputProblem problem() {
            return problem;
        }
    }

    /** The file's lines, with a byte order mark removed from the first. */
    static List<String> lines(Path file) throws Unreadable {
        String name = file.toString();
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new Unreadable(new InputProblem(name, 0, 0, "no such file"));
        } catch (CharacterCodingException e) {
            throw new Unreadable(new InputProblem(name, 0, 0, "not UTF-8 text"));
        } catch (IOException e) {
            throw new Unreadable(new InputProblem(
                    name, 0, 0, "cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }
}
