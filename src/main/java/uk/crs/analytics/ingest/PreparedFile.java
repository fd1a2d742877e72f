package uk.crs.analytics.ingest;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A file ready for DuckDB: its display name (path, or archive!entry), a readable copy with LF or CRLF line ends, its
 * sha256, size in bytes and the vintage of the download it belongs to ({@link Vintages}), when known.
 */
public record PreparedFile(String name, Path readable, String sha256, long bytes, Optional<YearMonth> vintage) {

    /** The vintage as stored ({@code YYYY-MM}), or null to let the store take the file's latest month. */
    @Nullable
    String vintageText() {
        return vintage.map(YearMonth::toString).orElse(null);
    }
}
