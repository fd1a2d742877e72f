package uk.crs.analytics.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Reads the header line of a prepared file, ignoring a UTF-8 byte-order mark. */
final class HeaderLine {

    private HeaderLine() {}

    static Header read(PreparedFile file) throws IOException, FileRejected {
        try (BufferedReader in = Files.newBufferedReader(file.readable(), StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || line.isBlank()) {
                throw new FileRejected(file.name() + ": the first line is empty; expected a header");
            }
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return Header.parse(line);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new FileRejected(file.name() + ": the header is not UTF-8 text; expected a CSV text file");
        }
    }
}
