package uk.crs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.cases.Agreement;
import uk.crs.cases.CaseAction;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseId;
import uk.crs.cases.CaseRecord;
import uk.crs.cases.CaseStatus;
import uk.crs.cases.CommandResult;
import uk.crs.cases.ConditionOutcome;
import uk.crs.cases.OpenCase;
import uk.crs.cases.Refusal;
import uk.crs.users.SignedInUser;
import uk.crs.users.User;

/**
 * The case workflow's commands over REST. Every answer about one case carries its version as an ETag; a command may
 * send it back as {@code If-Match} (or as {@code "version"} in the body) and gets 409 if the case changed since.
 */
@RestController
@Tag(name = "cases", description = "Create a case, authorise it, record the agreement and outcomes, close it")
class CaseController {

    private final CaseHandling handling;
    private final CaseJson json;

    CaseController(CaseHandling handling, CaseJson json) {
        this.handling = handling;
        this.json = json;
    }

    @PostMapping("/api/cases")
    @Operation(summary = "Create a case from case facts plus names and contacts; the decision is made and stored")
    ResponseEntity<ObjectNode> create(
            @AuthenticationPrincipal SignedInUser signedIn,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = @ExampleObject(value = ApiExamples.CASE)))
                    @RequestBody(required = false)
                    byte @Nullable [] body) {
        CaseRecord created =
                Answers.opened(handling.open(signedIn.user(), new OpenCase(body == null ? new byte[0] : body)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/cases/" + created.kase().id()))
                .eTag(etag(created))
                .body(json.write(created));
    }

    @PostMapping("/api/cases/{id}/authorisation")
    @Operation(summary = "Approve or refuse a case that needs authorisation: {decision: APPROVE|REFUSE, rationale}")
    ResponseEntity<ObjectNode> authorise(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = @ExampleObject(value = ApiExamples.AUTHORISATION)))
                    @RequestBody(required = false)
                    @Nullable
                    JsonNode body) {
        User user = signedIn.user();
        CaseId caseId = Answers.caseId(id);
        JsonBody fields = JsonBody.of(body);
        String decision = fields.text("decision", true);
        if (decision != null && !decision.equals("APPROVE") && !decision.equals("REFUSE")) {
            fields.problem("decision", "must be APPROVE or REFUSE, found \"" + decision + "\"");
        }
        String rationale = fields.text("rationale", true);
        Integer version = version(fields, ifMatch);
        boolean approve = "APPROVE".equals(decision);
        audited(user, approve ? CaseAction.AUTHORISE : CaseAction.REFUSE, caseId, () -> checked(fields));
        return answer(handling.authorise(user, caseId, version, approve, required(rationale)));
    }

    @PostMapping("/api/cases/{id}/agreement")
    @Operation(
            summary = "Record the offender's acceptance, the victim's views and consent (or an override), and the"
                    + " conditions")
    ResponseEntity<ObjectNode> agree(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = @ExampleObject(value = ApiExamples.AGREEMENT)))
                    @RequestBody(required = false)
                    @Nullable
                    JsonNode body) {
        User user = signedIn.user();
        CaseId caseId = Answers.caseId(id);
        JsonBody fields = JsonBody.of(body);
        Integer version = version(fields, ifMatch);
        Agreement agreement = audited(user, CaseAction.AGREE, caseId, () -> AgreementReader.read(fields));
        return answer(handling.agree(user, caseId, version, agreement));
    }

    @PostMapping("/api/cases/{id}/conditions/{conditionId}/outcome")
    @Operation(summary = "Record whether a condition was completed: {outcome: COMPLETED|NOT_COMPLETED, evidence}")
    ResponseEntity<ObjectNode> outcome(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String id,
            @PathVariable int conditionId,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = @ExampleObject(value = ApiExamples.OUTCOME)))
                    @RequestBody(required = false)
                    @Nullable
                    JsonNode body) {
        User user = signedIn.user();
        CaseId caseId = Answers.caseId(id);
        JsonBody fields = JsonBody.of(body);
        ConditionOutcome.Status status = fields.choice("outcome", ConditionOutcome.Status.class, true);
        String evidence = fields.text("evidence", true);
        Integer version = version(fields, ifMatch);
        audited(user, CaseAction.RECORD_OUTCOME, caseId, () -> checked(fields));
        return answer(handling.recordOutcome(user, caseId, version, conditionId, required(status), required(evidence)));
    }

    @PostMapping("/api/cases/{id}/close")
    @Operation(
            summary = "Close as COMPLETED or NOT_COMPLETED once every condition has an outcome:"
                    + " {outcome, victimInformed}")
    ResponseEntity<ObjectNode> close(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = @ExampleObject(value = ApiExamples.CLOSE)))
                    @RequestBody(required = false)
                    @Nullable
                    JsonNode body) {
        User user = signedIn.user();
        CaseId caseId = Answers.caseId(id);
        JsonBody fields = JsonBody.of(body);
        CaseStatus as = fields.choice("outcome", CaseStatus.class, true);
        if (as != null && as != CaseStatus.COMPLETED && as != CaseStatus.NOT_COMPLETED) {
            fields.problem("outcome", "must be COMPLETED or NOT_COMPLETED, found \"" + as + "\"");
        }
        Boolean victimInformed = fields.bool("victimInformed", true);
        Integer version = version(fields, ifMatch);
        audited(user, CaseAction.CLOSE, caseId, () -> checked(fields));
        return answer(handling.close(user, caseId, version, required(as), required(victimInformed)));
    }

    @PostMapping("/api/cases/{id}/withdraw")
    @Operation(summary = "Withdraw a case that is not finished: {reason}")
    ResponseEntity<ObjectNode> withdraw(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = @ExampleObject(value = ApiExamples.WITHDRAW)))
                    @RequestBody(required = false)
                    @Nullable
                    JsonNode body) {
        User user = signedIn.user();
        CaseId caseId = Answers.caseId(id);
        JsonBody fields = JsonBody.of(body);
        String reason = fields.text("reason", true);
        Integer version = version(fields, ifMatch);
        audited(user, CaseAction.WITHDRAW, caseId, () -> checked(fields));
        return answer(handling.withdraw(user, caseId, version, reason));
    }

    @GetMapping("/api/cases/{id}")
    @Operation(summary = "A case of your force; police roles also get the people (each such read is audited)")
    ResponseEntity<ObjectNode> get(@AuthenticationPrincipal SignedInUser signedIn, @PathVariable String id) {
        User user = signedIn.user();
        CaseId caseId = Answers.caseId(id);
        CaseRecord record = handling.find(user, caseId)
                .orElseThrow(() ->
                        new CommandRefused(new Refusal(Refusal.Kind.NOT_FOUND, "no case " + id + " in your force")));
        ObjectNode body = user.role().isPolice()
                ? json.write(record, Answers.done(handling.people(user, caseId)))
                : json.write(record);
        return ResponseEntity.ok().eTag(etag(record)).body(body);
    }

    private ResponseEntity<ObjectNode> answer(CommandResult<CaseRecord> result) {
        CaseRecord record = Answers.done(result);
        return ResponseEntity.ok().eTag(etag(record)).body(json.write(record));
    }

    /** Runs a request check; if it fails, the refused command is audited before the 400 goes out. */
    private <T> T audited(User user, CaseAction action, @Nullable CaseId id, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidRequest e) {
            handling.invalid(user, action, id, e.problems().toString());
            throw e;
        }
    }

    private static boolean checked(JsonBody fields) {
        fields.check();
        return true;
    }

    private static String etag(CaseRecord record) {
        return "\"" + record.kase().version() + "\"";
    }

    /** The version the client last saw, from If-Match or the body; null when it gave none. */
    private static @Nullable Integer version(JsonBody fields, @Nullable String ifMatch) {
        Integer inBody = fields.integer("version", false);
        if (ifMatch == null || ifMatch.isBlank()) {
            return inBody;
        }
        String bare = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(bare);
        } catch (NumberFormatException e) {
            fields.problems()
                    .add(new FieldProblem("If-Match", "must be a case version such as \"3\", found " + ifMatch));
            return null;
        }
    }

    private static <T> T required(@Nullable T checked) {
        if (checked == null) {
            throw new IllegalStateException("a checked field is missing");
        }
        return checked;
    }
}
