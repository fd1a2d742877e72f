package uk.crs.scrutiny;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the findings JSON format, version 1 (docs/scrutiny.md). */
public final class FindingsJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private FindingsJson() {}

    /** The findings as a JSON document with a fixed field order. */
    public static String write(Findings f) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", Findings.FORMAT);
        doc.put("version", Findings.VERSION);
        doc.put("panel", f.panel());
        doc.put("forces", f.forces());
        doc.put("year", f.year());
        doc.put("public", f.publicVersion());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("reviewed", f.counts().reviewed());
        counts.put("appropriate", f.counts().appropriate());
        counts.put("appropriateWithObservations", f.counts().appropriateWithObservations());
        counts.put("inappropriate", f.counts().inappropriate());
        counts.put("unableToDetermine", f.counts().unableToDetermine());
        doc.put("counts", counts);
        doc.put("suppressed", f.suppressed());
        doc.put("disclosureControl", f.disclosure());
        doc.put("inappropriateRate", f.inappropriateRate());
        doc.put("reweightedInappropriateRate", f.reweightedInappropriateRate());
        doc.put("casesForTenPointMargin", f.casesForTenPointMargin());
        Agreement a = f.agreement();
        if (a == null) {
            doc.put("agreement", null);
        } else {
            Map<String, Object> agreement = new LinkedHashMap<>();
            agreement.put("cases", a.cases());
            agreement.put("members", a.members());
            agreement.put("rawAgreement", a.rawAgreement());
            agreement.put("fleissKappa", a.fleissKappa());
            agreement.put("krippendorffAlpha", a.krippendorffAlpha());
            agreement.put("gwetAc1", a.gwetAc1());
            agreement.put("notes", new TreeMap<>(a.notes()));
            doc.put("agreement", agreement);
        }
        doc.put("sampling", f.sampling());
        doc.put("meetings", Map.of("held", f.meetingsHeld(), "cancelled", f.meetingsCancelled()));
        doc.put("membersByAgency", new TreeMap<>(f.membersByAgency()));
        doc.put("recommendations", f.recommendations());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }

    /** The findings read from a file, or the first problem. */
    public sealed interface Result permits Read, Refused {}

    /** The file was read. */
    public record Read(Findings findings) implements Result {}

    /** The file was refused at the problem named. */
    public record Refused(InputProblem problem) implements Result {}

    /**
     * Reads the fields collation needs (format, version, panel, forces, year, public and counts) and checks them; other
     * fields are not read back.
     */
    public static Result read(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return refuse(name, "no such file");
        } catch (JacksonException e) {
            var at = e.getLocation();
            return new Refused(new InputProblem(
                    name,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "not valid JSON (" + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            return refuse(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject()) {
            return refuse(name, "expected a JSON object");
        }
        if (!Findings.FORMAT.equals(text(root, "format"))) {
            return refuse(name, "format: expected \"" + Findings.FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != Findings.VERSION) {
            return refuse(name, "version: expected " + Findings.VERSION + ", the version this crs reads");
        }
        String panel = text(root, "panel");
        if (panel == null || panel.isBlank()) {
            return refuse(name, "panel: missing or not a string");
        }
        JsonNode forcesNode = root.get("forces");
        if (forcesNode == null || !forcesNode.isArray() || forcesNode.isEmpty()) {
            return refuse(name, "forces: expected a non-empty array of force names");
        }
        List<String> forces = new ArrayList<>();
        for (JsonNode force : forcesNode) {
            if (!force.isString()) {
                return refuse(name, "forces: every entry must be a string");
            }
            forces.add(force.stringValue());
        }
        JsonNode year = root.get("year");
        if (year == null || !year.isInt() || year.intValue() < 2000 || year.intValue() > 2100) {
            return refuse(name, "year: expected a whole number between 2000 and 2100");
        }
        JsonNode isPublic = root.get("public");
        if (isPublic == null || !isPublic.isBoolean()) {
            return refuse(name, "public: expected true or false");
        }
        String disclosure = text(root, "disclosureControl");
        JsonNode counts = root.get("counts");
        if (counts == null || !counts.isObject()) {
            return refuse(name, "counts: expected an object");
        }
        @Nullable Integer[] values = new Integer[5];
        String[] fields = {
            "reviewed", "appropriate", "appropriateWithObservations", "inappropriate", "unableToDetermine"
        };
        for (int i = 0; i < fields.length; i++) {
            JsonNode v = counts.get(fields[i]);
            if (v == null) {
                return refuse(name, "counts." + fields[i] + ": missing (use null for a suppressed count)");
            }
            if (!v.isNull() && (!v.isInt() || v.intValue() < 0)) {
                return refuse(name, "counts." + fields[i] + ": expected a whole number >= 0 or null");
            }
            values[i] = v.isNull() ? null : v.intValue();
        }
        if (values[0] != null && values[3] != null && values[3] > values[0]) {
            return refuse(name, "counts.inappropriate: " + values[3] + " is more than the " + values[0] + " reviewed");
        }
        Findings findings = new Findings(
                panel,
                forces,
                year.intValue(),
                isPublic.booleanValue(),
                new Findings.Counts(values[0], values[1], values[2], values[3], values[4]),
                null,
                null,
                0,
                null,
                List.of(),
                0,
                0,
                Map.of(),
                List.of(),
                List.of(),
                disclosure == null ? Findings.SUPPRESSED_AT_10 : disclosure);
        return new Read(findings);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? v.stringValue() : null;
    }

    private static Refused refuse(String file, String problem) {
        return new Refused(new InputProblem(file, 0, 0, problem));
    }
}
