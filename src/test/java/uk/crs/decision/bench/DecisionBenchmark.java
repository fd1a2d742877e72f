package uk.crs.decision.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.Decider;
import uk.crs.decision.Decision;
import uk.crs.decision.DecisionJson;
import uk.crs.decision.ParsedCase;

/**
 * Decisions per second on one thread: the engine alone ({@code decide}), and the whole per-case pipeline of
 * {@code crs decide} (parse JSON, decide, write JSON).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecisionBenchmark {

    private static final int CASES = 4096;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final Decider decider = Decider.bundled();
    private final DecisionJson json = DecisionJson.bundled();
    private final CaseFacts[] facts = new CaseFacts[CASES];
    private final String[] lines = new String[CASES];
    private int next;

    @Setup
    public void generate() {
        CaseGenerator generator = new CaseGenerator(42);
        for (int i = 0; i < CASES; i++) {
            lines[i] = generator.next(i);
            facts[i] = ((ParsedCase.Valid) json.parse(lines[i], TODAY)).facts();
        }
    }

    @Benchmark
    public Decision decide() {
        next = (next + 1) & (CASES - 1);
        return decider.decide(facts[next], TODAY);
    }

    @Benchmark
    public String parseDecideWrite() {
        next = (next + 1) & (CASES - 1);
        ParsedCase.Valid parsed = (ParsedCase.Valid) json.parse(lines[next], TODAY);
        return json.write(decider.decide(parsed.facts(), TODAY));
    }
}
