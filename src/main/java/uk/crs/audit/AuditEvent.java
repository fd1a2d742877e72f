package uk.crs.audit;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened, as the caller reports it to the {@link AuditLog}; it carries a digest of the payload,
 * never names, contact details or other personal data.
 *
 * @param actor the username of whoever acted
 * @param role the actor's role, e.g. {@code INSPECTOR}
 * @param force the slug of the actor's force
 * @param caseId the case acted on, or null for actions on no case
 * @param action what was attempted, e.g. {@code case.create}; names are part of the audit's contract
 * @param result how it ended, e.g. {@code OK} or {@code REFUSED}
 * @param payloadDigest {@link AuditLog#digest(String)} of the request or response payload
 */
public record AuditEvent(
        String actor,
        String role,
        String force,
        @Nullable String caseId,
        String action,
        String result,
        String payloadDigest) {

    static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    public AuditEvent {
        requireText(actor, "actor");
        requireText(role, "role");
        requireText(force, "force");
        requireText(action, "action");
        requireText(result, "result");
        requireNonNull(payloadDigest, "payloadDigest");
        if (caseId != null && caseId.isBlank()) {
            throw new IllegalArgumentException("audit event caseId: expected null or a case id, found a blank string");
        }
        if (!DIGEST.matcher(payloadDigest).matches()) {
            // A digest, never the payload itself: this keeps personal data out of the log.
            throw new IllegalArgumentException(
                    "audit event payloadDigest: expected 64 lower-case hex digits (AuditLog.digest), found "
                            + payloadDigest.length() + " characters");
        }
    }

    private static void requireText(String value, String field) {
        requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("audit event " + field + ": must not be blank");
        }
    }
}
