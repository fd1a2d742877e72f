package uk.crs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.Decider;
import uk.crs.decision.DecisionJson;
import uk.crs.decision.FieldError;
import uk.crs.decision.ParsedCase;
import uk.crs.policy.Policy;

/** Turns one case's text into its decision JSON line or its error messages; safe to call from several threads. */
final class CaseProcessor {

    /** What became of one case: decided (its line written), or errors for stderr ({@code malformed}: not JSON). */
    record Result(boolean decided, List<String> errors, boolean malformed) {
        static final Result DECIDED = new Result(true, List.of(), false);
    }

    private final Decider decider;
    private final DecisionJson json;
    private final PolicyChoice choice;
    private final LocalDate today;
    private final String command;

    CaseProcessor(Decider decider, DecisionJson json, PolicyChoice choice, LocalDate today, String command) {
        this.decider = decider;
        this.json = json;
        this.choice = choice;
        this.today = today;
        this.command = command;
    }

    /** Decides one case, writing its decision line to {@code out}, or answers its errors. */
    Result process(CaseSource.Entry entry, Writer out) {
        ParsedCase parsed = json.parse(entry.text(), today);
        if (parsed instanceof ParsedCase.Invalid bad) {
            return new Result(
                    false,
                    messages(entry.line(), bad.id(), bad.errors()),
                    bad.errors().get(0).field().isEmpty());
        }
        CaseFacts facts = ((ParsedCase.Valid) parsed).facts();
        Optional<Policy> policy = choice.policyFor(decider, facts);
        if (policy.isEmpty()) {
            FieldError none = new FieldError(
                    "offence.date",
                    "no policy is in force for " + facts.force() + " on "
                            + facts.offence().date());
            return new Result(false, messages(entry.line(), facts.id(), List.of(none)), false);
        }
        try {
            json.write(decider.decide(facts, policy.get()), out);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Result.DECIDED;
    }

    private List<String> messages(int line, @Nullable String id, List<FieldError> errors) {
        String where = command + ": line " + line + (id == null ? "" : " (id " + id + ")") + ": ";
        List<String> messages = new ArrayList<>(errors.size());
        for (FieldError e : errors) {
            messages.add(where + e.message());
        }
        return messages;
    }
}
