package uk.crs.analytics.ingest;

/** The kinds of file the importer recognises by their header. */
public enum FileKind {
    STREET("data.police.uk street file"),
    OUTCOMES("data.police.uk outcomes file"),
    HOME_OFFICE("Home Office crime outcomes open-data table"),
    COUNTS("aggregated counts table");

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
