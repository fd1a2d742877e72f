package uk.crs.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pseudonymous references for people. An offender's reference is a keyed hash (HMAC-SHA256) of the normalised name
 * and date of birth, so the same person gets the same reference across cases (which disclosure checks need) while the
 * reference reveals nothing without the store's secret key. Victims get a random reference.
 */
@Component
public class PersonRefs {

    private static final String KEY_ITEM = "person-ref-key";
    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private volatile byte @Nullable [] key;

    public PersonRefs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String offender(String name, LocalDate dateOfBirth) {
        String normalised = name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + "|" + dateOfBirth;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] hash = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    public String victim() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return "v-" + HexFormat.of().formatHex(bytes);
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] loadOrCreate() {
        String stored = jdbc.sql("SELECT content FROM store_info WHERE item = ?")
                .param(KEY_ITEM)
                .query(String.class)
                .optional()
                .orElse(null);
        if (stored == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                jdbc.sql("INSERT INTO store_info (item, content) VALUES (?, ?)")
                        .params(KEY_ITEM, HexFormat.of().formatHex(fresh))
                        .update();
            } catch (org.springframework.dao.DuplicateKeyException anotherNodeWon) {
                // another application node created the key at the same moment: use theirs
            }
            return loadOrCreate();
        }
        return HexFormat.of().parseHex(stored);
    }
}
