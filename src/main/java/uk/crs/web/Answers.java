package uk.crs.web;

import uk.crs.cases.CaseId;
import uk.crs.cases.CommandResult;
import uk.crs.cases.Opening;
import uk.crs.cases.Refusal;

/** Maps the cases service's answers onto HTTP: a value, or the exception the error mapper turns into a problem. */
final class Answers {

    private Answers() {}

    /** The command's value, or {@link CommandRefused} carrying its refusal. */
    static <T> T done(CommandResult<T> result) {
        if (result instanceof CommandResult.Done<T> d) {
            return d.value();
        }
        throw new CommandRefused(((CommandResult.Refused<T>) result).refusal());
    }

    /** The opened case, or {@link InvalidRequest} naming every bad field, or {@link CommandRefused}. */
    static uk.crs.cases.CaseRecord opened(Opening opening) {
        if (opening instanceof Opening.Opened o) {
            return o.record();
        }
        if (opening instanceof Opening.Invalid invalid) {
            throw new InvalidRequest(invalid.errors().stream()
                    .map(e -> new FieldProblem(e.field(), e.problem()))
                    .toList());
        }
        if (opening instanceof Opening.Refused r) {
            throw new CommandRefused(r.refusal());
        }
        throw new AssertionError(opening);
    }

    /** The case id in a path, or a 404 for text that cannot be one (no case has that id). */
    static CaseId caseId(String text) {
        CaseId id = CaseId.parse(text);
        if (id == null) {
            throw new CommandRefused(new Refusal(Refusal.Kind.NOT_FOUND, "no case " + text));
        }
        return id;
    }
}
