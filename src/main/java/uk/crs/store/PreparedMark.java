package uk.crs.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The mark the embedded store's owner leaves in {@code store_info} once it has prepared the database: which migrations
 * it applied (a digest of the migration scripts and the audit owner's name) and the schema history they left. A later
 * start that finds the mark unchanged, and the application's role still without privileges or membership of the audit
 * owner, has nothing to prepare, so it skips the superuser's role set-up and Flyway (which would find nothing to
 * apply and nothing to reject). Any change (a new or edited migration, an altered history or role) brings the full
 * preparation back.
 */
final class PreparedMark {

    private static final String ITEM = "prepared";

    /** A digest of Flyway's history table, as the migrations left it. */
    private static final String HISTORY = "(SELECT md5(string_agg(concat_ws(':', installed_rank, version, checksum,"
            + " success), ',' ORDER BY installed_rank)) FROM flyway_schema_history)";

    private final String migrations;

    private PreparedMark(String migrations) {
        this.migrations = migrations;
    }

    /** The mark for the migrations on the class path, run with {@link CaseStore#AUDIT_OWNER} owning the audit log. */
    static PreparedMark forBundledMigrations() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources(CaseStore.MIGRATIONS.replace("classpath:", "classpath*:") + "/**/*.sql");
            Arrays.sort(files, Comparator.comparing(PreparedMark::name));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(CaseStore.AUDIT_OWNER.getBytes(StandardCharsets.UTF_8));
            for (Resource file : files) {
                sha256.update(("\0" + name(file) + "\0").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream()) {
                    sha256.update(in.readAllBytes());
                }
            }
            return new PreparedMark(HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migrations in " + CaseStore.MIGRATIONS, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The file's path below the migrations folder, the same whether it is read from a jar or a directory. */
    private static String name(Resource file) {
        try {
            String url = file.getURL().toString();
            String folder = CaseStore.MIGRATIONS.substring("classpath:".length());
            return url.substring(url.lastIndexOf(folder) + folder.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the database, seen through the application's connection, still holds this mark and the application's
     * role is still an ordinary one that cannot act as the audit log's owner.
     */
    boolean presentIn(Connection application) throws SQLException {
        try (PreparedStatement check = application.prepareStatement("SELECT NOT (rolsuper OR rolcreaterole OR"
                + " rolcreatedb OR rolreplication OR rolbypassrls)"
                + " AND NOT pg_has_role(current_user, '" + CaseStore.AUDIT_OWNER + "', 'MEMBER')"
                + " AND NOT pg_has_role(current_user, '" + CaseStore.AUDIT_OWNER + "', 'USAGE')"
                + " AND (SELECT content FROM store_info WHERE item = '" + ITEM + "') = ? || '/' || " + HISTORY
                + " FROM pg_roles WHERE rolname = current_user")) {
            check.setString(1, migrations);
            try (ResultSet rs = check.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Leaves the mark, after the preparation has finished. */
    void leaveIn(Connection application) throws SQLException {
        try (PreparedStatement leave = application.prepareStatement("INSERT INTO store_info (item, content)"
                + " SELECT '" + ITEM + "', ? || '/' || " + HISTORY
                + " ON CONFLICT (item) DO UPDATE SET content = EXCLUDED.content")) {
            leave.setString(1, migrations);
            leave.executeUpdate();
        }
    }
}
