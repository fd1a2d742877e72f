package uk.crs.analytics.ingest;

/** Hears about progress of an ingest run (the CLI draws a progress bar on a terminal). */
public interface IngestListener {

    /** The run found this many bytes of input in total. */
    void started(long totalBytes);

    /** One more input (file or archive entry) of this many bytes is done. */
    void advanced(String name, long bytes);

    IngestListener NONE = new IngestListener() {
        @Override
        public void started(long totalBytes) {}

        @Override
        public void advanced(String name, long bytes) {}
    };
}
