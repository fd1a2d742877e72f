package uk.crs.scrutiny;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads members' verdicts from CSV with a header naming the columns {@code case}, {@code member} and {@code
 * verdict} (in any order; other columns are ignored). Verdict labels are free text: any labels may be used.
 */
public final class VerdictCsv {

    private VerdictCsv() {}

    /** The ratings read, or the first problem. */
    public sealed interface Result permits Read, Refused {}

    /** The file was read whole. */
    public record Read(Ratings ratings) implements Result {}

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
        if (lines.isEmpty()) {
            return new Refused(new InputProblem(name, 1, 0, "empty file: expected a header case,member,verdict"));
        }
        Optional<List<String>> header = CsvLine.fields(lines.get(0));
        if (header.isEmpty()) {
            return new Refused(new InputProblem(name, 1, 0, "unterminated quote"));
        }
        List<String> names = List.of("case", "member", "verdict");
        int[] column = new int[3];
        for (int k = 0; k < 3; k++) {
            column[k] = -1;
            for (int i = header.get().size() - 1; i >= 0; i--) {
                if (header.get().get(i).equalsIgnoreCase(names.get(k))) {
                    column[k] = i;
                }
            }
            String wanted = names.get(k);
            if (column[k] < 0) {
                return new Refused(new InputProblem(
                        name, 1, 0, "missing column '" + wanted + "': the header must name case, member and verdict"));
            }
        }
        Ratings ratings = Ratings.empty();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            int lineNo = n + 1;
            if (lines.get(n).isBlank()) {
                continue;
            }
            Optional<List<String>> fields = CsvLine.fields(lines.get(n));
            if (fields.isEmpty()) {
                return new Refused(new InputProblem(name, lineNo, 0, "unterminated quote"));
            }
            if (fields.get().size() != header.get().size()) {
                return new Refused(new InputProblem(
                        name,
                        lineNo,
                        0,
                        "expected " + header.get().size() + " fields as in the header, found "
                                + fields.get().size()));
            }
            String[] values = new String[3];
            for (int k = 0; k < 3; k++) {
                int col = column[k];
                values[k] = fields.get().get(col);
                if (values[k].isEmpty()) {
                    return new Refused(new InputProblem(name, lineNo, col + 1, names.get(k) + " is empty"));
                }
            }
            String key = values[0] + "\u0000" + values[1];
            Integer earlier = firstLine.putIfAbsent(key, lineNo);
            if (earlier != null || !ratings.add(values[0], values[1], values[2])) {
                return new Refused(new InputProblem(
                        name,
                        lineNo,
                        column[1] + 1,
                        "member '" + values[1] + "' already gave a verdict on case '" + values[0] + "' (line " + earlier
                                + ")"));
            }
        }
        if (ratings.cases() == 0) {
            return new Refused(new InputProblem(name, 2, 0, "no verdicts: the file has a header only"));
        }
        return new Read(ratings);
    }
}
