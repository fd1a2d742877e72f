package uk.crs.analytics.ingest;

import uk.crs.analytics.SqlScript;

/** What a loader knows about the file it is loading. */
public record FileContext(PreparedFile file, Header header, String dataset) {

    /** Replaces {@code ${sha}}, {@code ${path}} and {@code ${dataset}} in a SQL template with literals. */
    public String bind(String sql) {
        return sql.replace("${sha}", SqlScript.literal(file.sha256()))
                .replace("${path}", SqlScript.literal(file.name()))
                .replace("${dataset}", SqlScript.literal(dataset));
    }
}
