package uk.crs.analytics.ingest;

/** A fatal problem with a whole file (unknown header, not CSV, truncated...): nothing of the file is loaded. */
public final class FileRejected extends Exception {

    private static final long serialVersionUID = 1L;

    public FileRejected(String message) {
        super(message);
    }
}
