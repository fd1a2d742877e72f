package uk.crs.decision.internal;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.decision.Alternative;
import uk.crs.decision.Decision;
import uk.crs.decision.Outcome;
import uk.crs.decision.RuleResult;

/** Writes a decision in the issue-3 decision JSON shape, field by field so the order is fixed. */
public final class DecisionJsonWriter {

    // the caller owns the writer: never close it, and never flush it per decision (that would defeat buffering)
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    // rule ids, clauses and policy fields come from a handful of policy files: escape each once, not per decision
    private final Map<String, SerializableString> escaped = new ConcurrentHashMap<>();

    private SerializableString constant(String value) {
        SerializableString s = escaped.get(value);
        if (s == null && escaped.size() < 10_000) {
            s = new SerializedString(value);
            escaped.put(value, s);
        }
        return s == null ? new SerializedString(value) : s;
    }

    public String write(Decision decision) {
        StringWriter out = new StringWriter(512);
        write(decision, out);
        return out.toString();
    }

    public void write(Decision d, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            String id = d.id();
            if (id == null) {
                g.writeNullProperty("id");
            } else {
                g.writeStringProperty("id", id);
            }
            g.writeStringProperty("outcome", d.outcome().name());
            if (d.outcome() != Outcome.NOT_PERMITTED) {
                g.writeStringProperty("requiredAuthority", d.requiredAuthority().name());
            }
            g.writeNumberProperty("gravityScore", d.gravityScore());
            String title = d.offenceTitle();
            if (title != null) {
                g.writeStringProperty("offence", title);
            }
            g.writeName("rules");
            g.writeStartArray();
            for (RuleResult r : d.rules()) {
                g.writeStartObject();
                g.writeName("id");
                g.writeString(constant(r.id()));
                g.writeStringProperty("result", r.result().name());
                g.writeStringProperty("authority", r.authority().name());
                g.writeStringProperty("explanation", r.explanation());
                g.writeName("clause");
                g.writeString(constant(r.clause()));
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!d.warnings().isEmpty()) {
                g.writeName("warnings");
                g.writeStartArray();
                for (String w : d.warnings()) {
                    g.writeString(w);
                }
                g.writeEndArray();
            }
            g.writeName("alternatives");
            g.writeStartArray();
            for (Alternative a : d.alternatives()) {
                g.writeStartObject();
                g.writeName("pathway");
                g.writeString(constant(a.pathway()));
                g.writeName("homeOfficeOutcome");
                g.writeString(constant(a.homeOfficeOutcome()));
                g.writeStringProperty("explanation", a.explanation());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("policy");
            g.writeStartObject();
            g.writeStringProperty("id", d.policy().id());
            g.writeStringProperty("version", d.policy().version());
            g.writeName("sha256");
            g.writeString(constant(d.policy().sha256()));
            g.writeEndObject();
            g.writeEndObject();
        }
    }
}
