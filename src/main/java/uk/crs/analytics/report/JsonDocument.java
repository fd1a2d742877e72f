package uk.crs.analytics.report;

import java.io.StringWriter;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * One pretty-printed JSON document, written in one pass with Jackson's streaming generator, not its object mapper: a
 * {@code crs} process does not pay the mapper's start-up (about a quarter of a second, a third of a report's time).
 * The analytics outputs (reports, re-offending, reconciliation) all write their JSON contracts this way.
 */
public final class JsonDocument {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private JsonDocument() {}

    /** The document {@code body} writes, with a final newline. */
    public static String write(Consumer<JsonGenerator> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(PRETTY, text)) {
            body.accept(g);
        }
        return text + "\n";
    }

    /** An interval as {@code name: [low, high]}, or {@code name: null}. */
    public static void interval(JsonGenerator g, String name, @Nullable Interval interval) {
        if (interval == null) {
            g.writeNullProperty(name);
        } else {
            g.writeArrayPropertyStart(name);
            g.writeNumber(interval.low());
            g.writeNumber(interval.high());
            g.writeEndArray();
        }
    }
}
