package uk.crs.scrutiny;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a manifest file: one case reference a line, in any order; blank lines and lines starting with {@code #}
 * are ignored. The references are sorted before hashing and drawing, so the file's order does not matter.
 */
public final class ManifestFile {

    private ManifestFile() {}

    /** The manifest, or the first problem. */
    public sealed interface Result permits Read, Refused {}

    /** The file made a manifest. */
    public record Read(Manifest manifest) implements Result {}

    /** The file was refused at the problem named. */
    public record Refused(InputProblem problem) implements Result {}

    public static Result read(Path file) {
        String name = file.toString();
        List<String> lines;
        try {
            lines = TextFile.lines(file);
        } catch (TextFile.Unreadable e) {
            return new Refused(e.problem());
        }
        List<String> refs = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String ref = lines.get(i).strip();
            if (ref.isEmpty() || ref.startsWith("#")) {
                continue;
            }
            refs.add(ref);
            lineOf.add(i + 1);
        }
        if (refs.isEmpty()) {
            return new Refused(new InputProblem(name, 0, 0, "no case references: the manifest is empty"));
        }
        Manifest.Reading reading = Manifest.read(refs);
        if (reading instanceof Manifest.Refused r) {
            int line = lineOf.get(r.problem().index());
            int indent =
                    Math.max(0, lines.get(line - 1).indexOf(refs.get(r.problem().index())));
            return new Refused(new InputProblem(
                    name, line, indent + r.problem().column(), r.problem().message()));
        }
        return new Read(((Manifest.Read) reading).manifest());
    }
}
