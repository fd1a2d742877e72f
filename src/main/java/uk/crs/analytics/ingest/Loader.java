package uk.crs.analytics.ingest;

import java.util.List;

/**
 * Loads one kind of file. The staging table {@code staging(line, <columns>)} holds the raw text; the check script
 * makes {@code checked(line, reason, value, ...)}, where a non-null reason rejects the row; the load script replaces
 * older rows with the same coverage (latest download wins) and inserts the accepted rows.
 */
public interface Loader {

    FileKind kind();

    /** Column names for the staging table, one per header column, in order. */
    List<String> stagingColumns(Header header);

    /** The staging table's columns: a projection of the read_csv columns (unused ones are not kept). */
    default String stagingProjection() {
        return "*";
    }

    /** SQL creating {@code checked} from {@code staging}. */
    String checkSql(FileContext context);

    /**
     * A query for the hashes of earlier files whose rows overlap the coverage of {@code checked}: how kinds where the
     * later ingest wins are replaced. Kinds with a {@link #vintagedTable()} follow the vintage rules instead and never
     * use it.
     */
    default String supersededSql() {
        throw new IllegalStateException(kind() + " files are replaced by vintage (vintagedTable), not by later ingest");
    }

    /** SQL deleting rows overlapped by {@code checked} (latest download wins) and inserting its accepted rows. */
    String loadSql(FileContext context);

    /**
     * For data.police.uk files, the table whose force-months follow vintage rules (the latest download wins whatever
     * the order of ingestion, see {@code file-vintage.sql}); empty for kinds where the later ingest wins.
     */
    default java.util.Optional<String> vintagedTable() {
        return java.util.Optional.empty();
    }

    /** The table of checked rows with force_slug, month and reason columns, for the vintage rules. */
    default String checkedTable() {
        return "checked";
    }

    /** A short description of the force/period coverage of {@code checked}, recorded with the file. */
    String coverageSql();
}
