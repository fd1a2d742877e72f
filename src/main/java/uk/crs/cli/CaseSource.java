package uk.crs.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Case-facts input: JSON Lines (one case per line, streamed) or one JSON document over several lines.
 *
 * <p>The input is read as one multi-line document when its first non-blank line opens an object without closing it
 * (and is read again line by line if that document is not well-formed); a JSON Lines file is streamed.
 */
final class CaseSource {

    /** One case's text and the line it starts on (1-based). */
    record Entry(int line, String text) {}

    /** Receives each case; answers false when the text was not well-formed JSON. */
    interface Sink {
        boolean accept(Entry entry);

        /** Like accept, but reports nothing when the text is malformed JSON (the caller will retry line by line). */
        boolean silently(Entry entry);
    }

    private CaseSource() {}

    static void read(BufferedReader in, Sink sink) {
        try {
            int number = 0;
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (opensWithoutClosing(line)) {
                    List<String> rest = new ArrayList<>();
                    rest.add(line);
                    for (String more = in.readLine(); more != null; more = in.readLine()) {
                        rest.add(more);
                    }
                    if (!sink.silently(new Entry(number, String.join("\n", rest)))) {
                        // not one document after all: a JSON Lines file whose first line is broken
                        for (int i = 0; i < rest.size(); i++) {
                            if (!rest.get(i).isBlank()) {
                                sink.accept(new Entry(number + i, rest.get(i)));
                            }
                        }
                    }
                    return;
                }
                break;
            }
            if (line == null) {
                return;
            }
            sink.accept(new Entry(number, line));
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    sink.accept(new Entry(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean opensWithoutClosing(String line) {
        String s = line.strip();
        return s.startsWith("{") && !s.endsWith("}");
    }
}
