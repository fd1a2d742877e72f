package uk.crs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.crs.cases.CaseAction;
import uk.crs.cases.CaseHandling;
import uk.crs.cases.CaseId;
import uk.crs.cases.DisclosureLevel;
import uk.crs.cases.DisclosureReport;
import uk.crs.cases.Disclosures;
import uk.crs.users.SignedInUser;

/** What basic, standard and enhanced checks would show about a person, and the mark that makes a case relevant. */
@RestController
@Tag(name = "disclosure")
class DisclosureController {

    private final Disclosures disclosures;
    private final CaseHandling handling;
    private final CaseJson json;

    DisclosureController(Disclosures disclosures, CaseHandling handling, CaseJson json) {
        this.disclosures = disclosures;
        this.handling = handling;
        this.json = json;
    }

    @GetMapping("/api/people/{ref}/disclosure")
    @Operation(summary = "What a basic, standard or enhanced check would show about a person (pseudonymous ref)")
    JsonNode disclosure(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String ref,
            @RequestParam(defaultValue = "enhanced") String level) {
        DisclosureLevel parsed;
        try {
            parsed = DisclosureLevel.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(java.util.List.of(
                    new FieldProblem("level", "must be basic, standard or enhanced, found \"" + level + "\"")));
        }
        DisclosureReport report = Answers.done(disclosures.check(signedIn.user(), ref, parsed));
        return json.tree(report);
    }

    @PostMapping("/api/cases/{id}/disclosure-relevance")
    @Operation(
            summary = "Mark a community resolution relevant to enhanced checks, with the reason (inspector or above)")
    ResponseEntity<ObjectNode> markRelevant(
            @AuthenticationPrincipal SignedInUser signedIn,
            @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            examples = @ExampleObject(value = ApiExamples.RELEVANCE)))
                    @RequestBody(required = false)
                    @Nullable
                    JsonNode body) {
        CaseId caseId = Answers.caseId(id);
        JsonBody fields = JsonBody.of(body);
        String reason = fields.text("reason", true);
        if (!fields.problems().isEmpty()) {
            handling.invalid(
                    signedIn.user(),
                    CaseAction.MARK_DISCLOSURE_RELEVANT,
                    caseId,
                    fields.problems().toString());
            fields.check();
        }
        var record = Answers.done(disclosures.markRelevant(signedIn.user(), caseId, String.valueOf(reason)));
        return ResponseEntity.ok().eTag("\"" + record.kase().version() + "\"").body(json.write(record));
    }
}
