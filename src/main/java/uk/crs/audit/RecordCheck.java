package uk.crs.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking one kind of stored record (cases, accounts) against the audit entries that vouch for them.
 *
 * @param kind what was checked, e.g. {@code cases}
 * @param checked how many records matched the digest in their last entry
 * @param predating records whose last change was logged before entries carried state digests (not checkable)
 * @param firstMismatch the first record that disagrees with its entry, as a sentence naming both; null if none
 */
public record RecordCheck(String kind, long checked, long predating, @Nullable String firstMismatch) {

    public boolean ok() {
        return firstMismatch == null;
    }

    /**
     * The first entry whose case and account changes carry the digest of the record's resulting state (recorded by
     * migration V20 in {@code store_info}); 1 for a store created since.
     */
    public static long digestsFrom(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return jdbc
                .query(
                        "SELECT content FROM store_info WHERE item = 'audit-records-from'",
                        (rs, n) -> Long.parseLong(rs.getString(1).strip()))
                .stream()
                .findFirst()
                .orElse(Long.MAX_VALUE);
    }
}
