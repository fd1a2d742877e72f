package uk.crs.analytics.ingest;

/** The kinds of file the importer recognises by their header. */
public enum FileKind {
    STREET("a data.police.uk street file"),
    OUTCOMES("a data.police.uk outcomes file"),
    HOME_OFFICE("a Home Office crime outcomes open-data table"),
    COUNTS("an aggregated counts table");

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
