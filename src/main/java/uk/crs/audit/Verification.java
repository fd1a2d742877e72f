package uk.crs.audit;

/** The outcome of walking the audit chain: intact with its length, or broken at the first bad entry. */
public sealed interface Verification permits Verification.Intact, Verification.Broken {

    /** Whether every entry checked out. */
    boolean ok();

    /** Every entry from 1 to {@code entries} is present, in order, and hashes to what is stored. */
    record Intact(long entries) implements Verification {
        @Override
        public boolean ok() {
            return true;
        }
    }

    /**
     * Entry {@code firstBrokenEntry} is missing, altered or out of place; entries before it are intact.
     *
     * @param reason one sentence saying what did not match
     */
    record Broken(long firstBrokenEntry, String reason) implements Verification {
        @Override
        public boolean ok() {
            return false;
        }
    }
}
