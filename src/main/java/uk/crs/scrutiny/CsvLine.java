package uk.crs.scrutiny;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One line of RFC 4180 CSV (quoted fields may hold commas and doubled quotes, not line breaks). */
final class CsvLine {

    private CsvLine() {}

    /** The fields, or empty when a quote is left open (the caller reports where). */
    static Optional<List<String>> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        fields.add(field.toString().strip());
        return Optional.of(fields);
    }
}
