package uk.crs.disclosure;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one disclosure control of every output crs builds from non-public data: the ONS cell key perturbation method
 * (Census 2021). Every record gets a record key from 0 to 255 (here an HMAC-SHA256 of its identifier under the
 * store's secret, so nobody without the secret can compute it); a cell's key is the sum of its records' keys modulo
 * 256; the published count is the true count plus the {@link PerturbationTable} entry for (count, cell key).
 *
 * <p>Use, for every output from non-public data: choose the output's finest cells (for example force x month x
 * measure), build a {@link Cell} for each from the records it counts ({@link #cell(Collection)}, or {@link
 * Cell#plusRecord(int)} with {@link #recordKey(String)}), publish each with {@link #publish(Cell)}, and make every
 * total, period and all-forces figure the sum of published finest cells, never a cell of its own; compute rates and
 * intervals from published counts; put {@link #METHOD} in the output's methods text. Then every output is a sum over
 * one perturbed table, and differencing outputs gives nothing that table does not (the attack test in
 * DifferencingAttackTest). A separately perturbed total would be a second noisy view of the same records, and enough
 * such views (every range of months) pin small cells exactly: the attack test found that first.
 */
public final class CellKeyPerturbation {

    /** Record and cell keys run from 0 to 255. */
    public static final int KEYS = 256;

    public static final String SOURCE = "ONS, Protecting personal data in Census 2021 results (2023),"
            + " https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/"
            + "methodologies/protectingpersonaldataincensus2021results; ONS, Comparison of post-tabular"
            + " statistical disclosure control methods,"
            + " https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/"
            + "methodologies/comparisonofposttabularstatisticaldisclosurecontrolmethods";

    /** The methods text every perturbed output states. */
    public static final String METHOD = "Disclosure control: these figures come from records that are not public, so"
            + " every count, totals included, is perturbed by the cell key method ONS used for Census 2021 outputs ("
            + SOURCE + "). Each record has a secret random key; a cell's key is the sum of its records' keys; each"
            + " count of the finest table (for example force by month) is published as the true count plus a small"
            + " amount (at most 2 either way; about 3 cells in 10 change; zero stays zero and no other count is"
            + " published as zero) looked up from the cell's count and key, so the same records always get the same"
            + " amount. Every total (a period, all forces) is the sum of the published finest counts, in every table"
            + " and every report, so subtracting one published figure from another (a total minus its parts, all"
            + " forces minus one force, one period minus another) gives only sums of perturbed counts: a count from"
            + " 1 upwards is never known to better than 3 possible values. Nothing is withheld: counts of 10 or more"
            + " are never hidden, and small counts are shown (perturbed) rather than suppressed. A total over many"
            + " cells can differ from the true total by more than 2 (at most 2 per cell, on average 0); rates and"
            + " their Wilson intervals are computed from the published counts.";

    private static final String MAC = "HmacSHA256";

    private final SecretKeySpec secret;

    private CellKeyPerturbation(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException(
                    "the disclosure secret must be at least 16 bytes, found " + secret.length);
        }
        this.secret = new SecretKeySpec(secret.clone(), MAC);
    }

    /** Perturbation under a store's secret: the same secret for every output of that store. */
    public static CellKeyPerturbation withSecret(byte[] secret) {
        return new CellKeyPerturbation(secret);
    }

    /** A new random secret (32 bytes) for a store that has none yet. */
    public static byte[] newSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** The record key (0 to 255) of the record with this identifier (a case id, a crime reference, ...). */
    public int recordKey(String recordId) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(secret);
            return mac.doFinal(recordId.getBytes(java.nio.charset.StandardCharsets.UTF_8))[0] & 0xff;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The cell counting these records (identifiers of distinct records). */
    public Cell cell(Collection<String> recordIds) {
        Cell cell = Cell.EMPTY;
        for (String id : recordIds) {
            cell = cell.plusRecord(recordKey(id));
        }
        return cell;
    }

    /** The count to publish for a cell. */
    public long publish(Cell cell) {
        return cell.count() + PerturbationTable.perturbation(cell.count(), cell.key());
    }

    /** The count to publish for the cell counting these records. */
    public long publish(Collection<String> recordIds) {
        return publish(cell(recordIds));
    }
}
