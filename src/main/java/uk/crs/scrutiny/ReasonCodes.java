package uk.crs.scrutiny;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reason codes the verdict form offers, with what each means. A verdict may carry any code of 1 to 20 letters,
 * digits, '-' or '_' (the REST API takes others); these are crs's own suggested list: a placeholder, not taken from
 * any published scheme, for panels to replace with their own.
 */
public final class ReasonCodes {

    /** Code to plain-English label, in the order the form shows them. */
    public static final Map<String, String> SUGGESTED = suggested();

    private ReasonCodes() {}

    private static Map<String, String> suggested() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("GRAVITY", "The offence was too serious for a community resolution");
        codes.put("HISTORY", "The offending history was not taken into account");
        codes.put("VICTIM", "The victim's views were not sought, recorded or weighed");
        codes.put("RATIONALE", "The rationale is missing or does not support the decision");
        codes.put("AUTHORITY", "It was not authorised at the right rank");
        codes.put("CONDITIONS", "The conditions were not suitable or not followed up");
        codes.put("MISSING", "The pack lacks information needed to decide");
        return java.util.Collections.unmodifiableMap(codes);
    }
}
