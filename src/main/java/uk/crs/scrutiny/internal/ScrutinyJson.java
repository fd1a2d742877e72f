package uk.crs.scrutiny.internal;

import tools.jackson.databind.json.JsonMapper;
import uk.crs.scrutiny.Findings;
import uk.crs.scrutiny.Pack;

/** How packs and published findings are kept in the store: Jackson's JSON of the records themselves. */
public final class ScrutinyJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScrutinyJson() {}

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static Pack pack(String json) {
        return JSON.readValue(json, Pack.class);
    }

    public static Findings findings(String json) {
        return JSON.readValue(json, Findings.class);
    }
}
