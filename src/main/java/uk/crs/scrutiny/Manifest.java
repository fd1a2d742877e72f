package uk.crs.scrutiny;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import uk.crs.audit.AuditLog;

/**
 * The frozen list of cases eligible for a draw: case references sorted in ascending order of their characters
 * (references are printable ASCII, so this is byte order), published as the SHA-256 of the references each
 * followed by a line feed. Position p in a draw is the p-th reference (1-based) of the sorted list.
 */
public record Manifest(List<String> references, String sha256) {

    public Manifest {
        references = List.copyOf(references);
    }

    /** A manifest of these references, or the first problem with them. */
    public static Manifest of(List<String> references) {
        return Manifest.read(references).orElseThrow(p -> new IllegalArgumentException(p.message()));
    }

    /** A problem with one reference: its index in the input (0-based), the column (1-based) and what is wrong. */
    public record Problem(int index, int column, String message) {}

    /** The result of reading references: a manifest or a problem. */
    public sealed interface Reading permits Read, Refused {
        default <X extends RuntimeException> Manifest orElseThrow(java.util.function.Function<Problem, X> error) {
            if (this instanceof Read r) {
                return r.manifest();
            }
            throw error.apply(((Refused) this).problem());
        }
    }

    /** The references made a manifest. */
    public record Read(Manifest manifest) implements Reading {}

    /** A reference was invalid or repeated. */
    public record Refused(Problem problem) implements Reading {}

    /** Reads references in any order, refusing empty, non-printable-ASCII or repeated references. */
    public static Reading read(List<String> references) {
        TreeSet<String> sorted = new TreeSet<>();
        for (int i = 0; i < references.size(); i++) {
            String ref = references.get(i);
            Optional<Problem> problem = check(i, ref);
            if (problem.isPresent()) {
                return new Refused(problem.get());
            }
            if (!sorted.add(ref)) {
                return new Refused(new Problem(i, 1, "case reference '" + ref + "' appears twice"));
            }
        }
        List<String> list = new ArrayList<>(sorted);
        StringBuilder text = new StringBuilder();
        for (String ref : list) {
            text.append(ref).append('\n');
        }
        return new Read(new Manifest(list, AuditLog.digest(text.toString())));
    }

    private static Optional<Problem> check(int index, String ref) {
        if (ref.isEmpty()) {
            return Optional.of(new Problem(index, 1, "empty case reference"));
        }
        for (int c = 0; c < ref.length(); c++) {
            char ch = ref.charAt(c);
            if (ch <= ' ' || ch > '~' || ch == ',') {
                return Optional.of(new Problem(
                        index,
                        c + 1,
                        "a case reference is printable ASCII without spaces or commas; found "
                                + (ch == ' ' ? "a space" : String.format("U+%04X", (int) ch))));
            }
        }
        return Optional.empty();
    }

    /** The number of cases. */
    public int size() {
        return references.size();
    }

    /** The reference at a 1-based position. */
    public String at(int position) {
        return references.get(position - 1);
    }
}
