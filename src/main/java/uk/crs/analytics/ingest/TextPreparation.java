package uk.crs.analytics.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Streams a file once to hash it and check that it is text; files with old-Mac bare CR line ends (which DuckDB's CSV
 * reader does not split on) and archive entries are copied, with line ends normalised to LF, into a work folder.
 */
final class TextPreparation {

    private static final int SNIFF_BYTES = 64 * 1024;

    private final Path workDir;

    TextPreparation(Path workDir) {
        this.workDir = workDir;
    }

    /** Prepares a plain file in place, copying it only when its line ends need normalising. */
    PreparedFile prepare(Path file, Optional<YearMonth> vintage) throws IOException, FileRejected {
        Scan scan;
        try (InputStream in = Files.newInputStream(file)) {
            scan = scan(in, null, file.toString());
        }
        if (!scan.bareCarriageReturn) {
            return new PreparedFile(file.toString(), file, scan.sha256, scan.bytes, vintage);
        }
        Path copy = Files.createTempFile(workDir, "lf-", ".csv");
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy))) {
            scan(in, out, file.toString());
        }
        return new PreparedFile(file.toString(), copy, scan.sha256, scan.bytes, vintage);
    }

    /** Copies a stream (an archive entry) into the work folder with normalised line ends. */
    PreparedFile prepare(InputStream in, String name, Optional<YearMonth> vintage) throws IOException, FileRejected {
        Path copy = Files.createTempFile(workDir, "entry-", ".csv");
        Scan scan;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy))) {
            scan = scan(in, out, name);
        }
        return new PreparedFile(name, copy, scan.sha256, scan.bytes, vintage);
    }

    private record Scan(String sha256, long bytes, boolean bareCarriageReturn) {}

    private static Scan scan(InputStream in, @Nullable OutputStream out, String name) throws IOException, FileRejected {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        byte[] normalised = new byte[1 << 16];
        long bytes = 0;
        boolean bareCr = false;
        boolean previousCr = false;
        boolean sawText = false;
        int read;
        while ((read = in.read(buffer)) != -1) {
            digest.update(buffer, 0, read);
            int kept = 0;
            // Only the start of the file is sniffed for NUL bytes and line ends (files use one kind throughout);
            // when copying, every byte goes through the line-end normalisation.
            boolean sniff = bytes < SNIFF_BYTES;
            if (sniff || out != null) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (sniff) {
                        if (b == 0 && bytes + i < SNIFF_BYTES) {
                            throw new FileRejected(name + ": binary data (a NUL byte at offset " + (bytes + i)
                                    + "); expected a CSV text file");
                        }
                        if (previousCr && b != '\n') {
                            bareCr = true;
                        }
                        sawText |= b > ' ' && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB && (b & 0xff) != 0xBF;
                    }
                    if (b == '\r') {
                        normalised[kept++] = '\n';
                    } else if (!(b == '\n' && previousCr)) {
                        normalised[kept++] = b;
                    }
                    previousCr = b == '\r';
                }
            }
            if (out != null) {
                out.write(normalised, 0, kept);
            }
            bytes += read;
        }
        if (!sawText) {
            throw new FileRejected(name + ": the file is empty");
        }
        return new Scan(HexFormat.of().formatHex(digest.digest()), bytes, bareCr);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
