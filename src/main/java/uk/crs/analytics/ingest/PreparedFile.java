package uk.crs.analytics.ingest;

import java.nio.file.Path;

/**
 * A file ready for DuckDB: its display name (path, or archive!entry), a readable copy with LF or CRLF line ends, its
 * sha256 and size in bytes.
 */
public record PreparedFile(String name, Path readable, String sha256, long bytes) {}
