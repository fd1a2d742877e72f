package uk.crs.decision;

import java.io.Writer;
import java.time.LocalDate;
import java.util.Set;
import uk.crs.decision.internal.CaseFactsJson;
import uk.crs.decision.internal.DecisionJsonWriter;
import uk.crs.forces.Forces;
import uk.crs.policy.OffenceCatalogue;

/**
 * The JSON contracts of issue 3 at the boundary (CLI and REST): case facts in, decisions out.
 *
 * <p>Field names are a contract that scripts depend on: do not rename without a new contract version.
 */
public final class DecisionJson {

    private final CaseFactsJson reader;
    private final DecisionJsonWriter writer = new DecisionJsonWriter();

    public DecisionJson(OffenceCatalogue catalogue, Set<String> forces) {
        this.reader = new CaseFactsJson(catalogue, forces);
    }

    /** Checks codes against the bundled catalogue and forces against the known force slugs. */
    public static DecisionJson bundled() {
        return new DecisionJson(OffenceCatalogue.bundled(), Forces.standard().recordingSlugs());
    }

    /**
     * Reads one case-facts JSON document; unknown offence codes and forces, and impossible values (negative age or
     * amount, an offence date after {@code today}) are errors naming their field.
     */
    public ParsedCase parse(String json, LocalDate today) {
        return reader.parse(json, today);
    }

    /** The decision as one line of JSON (no line break). */
    public String write(Decision decision) {
        return writer.write(decision);
    }

    /** Writes the decision as JSON to the writer, without a line break and without flushing. */
    public void write(Decision decision, Writer out) {
        writer.write(decision, out);
    }
}
