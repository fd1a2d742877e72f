package uk.crs.analytics.ingest;

/** Hears about progress of an ingest run (the CLI draws a progress bar on a terminal, a line per file otherwise). */
public interface IngestListener {

    /** The run found this many input files (or archives) holding this many bytes in total. */
    void started(int files, long totalBytes);

    /** One more input (file or archive) of this many bytes has been read. */
    void advanced(String name, long bytes);

    IngestListener NONE = new IngestListener() {
        @Override
        public void started(int files, long totalBytes) {}

        @Override
        public void advanced(String name, long bytes) {}
    };
}
